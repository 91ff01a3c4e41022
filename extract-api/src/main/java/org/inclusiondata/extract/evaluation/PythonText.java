package org.inclusiondata.extract.evaluation;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UCharacterEnums.ECharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * The few Python 3 string operations that {@code score.py} relies on, reproduced exactly, because
 * the JDK's nearest equivalents differ on real input: {@code toLowerCase} is not
 * {@code casefold()} (174 code points differ), {@code \w} in a Unicode Java regex accepts combining
 * marks that Python's {@code re} rejects, {@code Character.isDigit} misses the superscript and
 * circled digits that {@code str.isdigit()} accepts, {@code String.strip()} keeps the no-break
 * spaces that {@code str.strip()} removes, and lengths must count code points, not UTF-16 units.
 * ICU supplies the Unicode properties; only the definitions come from CPython.
 */
final class PythonText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private PythonText() {
    }

    /** {@code unicodedata.normalize("NFKC", s)}. */
    static String nfkc(String s) {
        return NFKC.normalize(s);
    }

    /** {@code str.casefold()}: full case folding as CaseFolding.txt defines it (statuses C and F). */
    static String casefold(String s) {
        return UCharacter.foldCase(s, UCharacter.FOLD_CASE_DEFAULT);
    }

    /** {@code str.lower()}: full lower-case mapping, final sigma included, no locale tailoring. */
    static String lower(String s) {
        return UCharacter.toLowerCase(ULocale.ROOT, s);
    }

    /** {@code str.upper()}. */
    static String upper(String s) {
        return UCharacter.toUpperCase(ULocale.ROOT, s);
    }

    /**
     * Whether {@code re}'s {@code \w} matches the code point in a {@code str} pattern: {@code _} or
     * {@code str.isalnum()}, which CPython defines as a letter (Lu, Ll, Lt, Lm, Lo) or a character
     * with a numeric value (Nd, Nl, No). Combining marks (Mn, Mc) and connector punctuation other
     * than {@code _} are not word characters.
     */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (UCharacter.getType(cp)) {
            case ECharacterCategory.UPPERCASE_LETTER:
            case ECharacterCategory.LOWERCASE_LETTER:
            case ECharacterCategory.TITLECASE_LETTER:
            case ECharacterCategory.MODIFIER_LETTER:
            case ECharacterCategory.OTHER_LETTER:
            case ECharacterCategory.DECIMAL_DIGIT_NUMBER:
            case ECharacterCategory.LETTER_NUMBER:
            case ECharacterCategory.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** {@code str.isdigit()}: not empty, and every code point has numeric type Decimal or Digit. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(cp -> {
            int type = UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE);
            return type == UCharacter.NumericType.DECIMAL || type == UCharacter.NumericType.DIGIT;
        });
    }

    /** {@code str.isspace()} for one code point: space separators and bidi classes WS, B and S. */
    static boolean isSpace(int cp) {
        if (UCharacter.getType(cp) == ECharacterCategory.SPACE_SEPARATOR) {
            return true;
        }
        int dir = UCharacter.getDirection(cp);
        return dir == ECharacterDirection.WHITE_SPACE_NEUTRAL || dir == ECharacterDirection.BLOCK_SEPARATOR
                || dir == ECharacterDirection.SEGMENT_SEPARATOR;
    }

    /** {@code str.strip()} with no argument. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** Truthiness of {@code s.strip()}: true when {@code s} has a character that is not white space. */
    static boolean hasNonSpace(String s) {
        return s != null && s.codePoints().anyMatch(cp -> !isSpace(cp));
    }

    /** {@code s.rstrip(c)} for a single BMP character. */
    static String rstrip(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code len(s)}: the number of code points. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code format(s, ".N")}: at most {@code n} code points. */
    static String truncate(String s, int n) {
        if (length(s) <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}

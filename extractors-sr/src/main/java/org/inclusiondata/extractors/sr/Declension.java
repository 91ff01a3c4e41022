package org.inclusiondata.extractors.sr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case forms of a Serbian name, so a gazetteer written in the nominative ({@code Крагујевац},
 * {@code Нови Сад}, {@code Оџаци}, {@code Врњачка Бања}) recognises the name as pages write it
 * ({@code у Крагујевцу}, {@code у Новом Саду}, {@code Оџацима}, {@code Врњачкој Бањи}).
 *
 * <p>Why generate forms instead of cutting endings: Serbian endings replace the last vowel
 * ({@code Смедерево → Смедереву}, {@code Суботица → Суботици}) and drop a fleeting a
 * ({@code Крагујевац → Крагујевцу}), which an "add an ending to the lexicon word" rule cannot see.
 * The forms are generated (genitive, dative/locative, accusative, instrumental; singular, and the
 * plural of plural names) by the ending of each word: the last word is read as the noun, words before
 * it both as agreeing adjectives and as nouns in apposition ({@code Република Србија →
 * Републици Србији}), because a gazetteer line does not say which they are; a spare form costs
 * nothing as it has to occur on the page to match. A phrase with {@code на} or with a genitive
 * complement ({@code Петровац на Млави}, {@code Регион Војводине}) also gets forms in which only the
 * first words change; {@code X и Y} is declined part by part.
 *
 * <p>Works on Cyrillic and on Latin words (the endings used map letter to letter). Stateless.
 */
public final class Declension {

    private enum Case { GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL }

    private static final String VOWELS = "аеиоуaeiou";

    private Declension() {
    }

    /** The name itself first, then its other case forms, without duplicates, in a stable order. */
    public static List<String> forms(String name) {
        Set<String> out = new LinkedHashSet<>();
        String trimmed = name.strip();
        out.add(trimmed);
        if (trimmed.isEmpty()) {
            return List.copyOf(out);
        }
        String[] words = trimmed.split("\\s+");
        int conj = indexOf(words, "и", "i");
        int prep = indexOf(words, "на", "na", "у", "u", "код", "kod", "за", "za", "од", "od", "са", "sa");
        if (conj > 0 && conj < words.length - 1 && (prep < 0 || conj < prep)) {
            String[] left = java.util.Arrays.copyOfRange(words, 0, conj);
            String[] right = java.util.Arrays.copyOfRange(words, conj + 1, words.length);
            for (Case c : Case.values()) {
                for (String l : phrase(left, c)) {
                    for (String r : phrase(right, c)) {
                        out.add(l + " " + words[conj] + " " + r);
                    }
                }
            }
            return List.copyOf(out);
        }
        String[] head = prep > 0 ? java.util.Arrays.copyOfRange(words, 0, prep) : words;
        String tail = prep > 0 ? " " + String.join(" ", java.util.Arrays.copyOfRange(words, prep, words.length)) : "";
        // The whole head in one case, then only its first k words with the rest kept as written,
        // for names whose last words are a genitive complement (Регион Војводине → Региону
        // Војводине, Извршно веће Војводине → Извршног већа Војводине).
        for (int k = head.length; k >= 1; k--) {
            String rest = k == head.length ? "" : " " + String.join(" ", java.util.Arrays.copyOfRange(head, k, head.length));
            String[] declined = java.util.Arrays.copyOfRange(head, 0, k);
            for (Case c : Case.values()) {
                for (String p : phrase(declined, c)) {
                    out.add(p + rest + tail);
                }
            }
        }
        return List.copyOf(out);
    }

    private static int indexOf(String[] words, String... candidates) {
        for (int i = 1; i < words.length; i++) {
            for (String c : candidates) {
                if (words[i].equals(c)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Forms of a phrase in one case: every word in that case, the last as the noun. A last word in
     * -е is read both as a neuter singular (Ужице) and as a feminine plural (нације), the modifiers
     * agreeing with each reading.
     */
    private static List<String> phrase(String[] words, Case c) {
        String last = words[words.length - 1];
        Set<String> out = new LinkedHashSet<>();
        Set<String> lastForms = new LinkedHashSet<>(noun(last, c));
        if (looksAdjectival(last)) {
            // Хрватска, Турска, Словачка: adjectives used as names decline as adjectives.
            lastForms.addAll(adjective(last, c, false));
        }
        out.addAll(withModifiers(words, c, lastForms, isPluralNoun(last)));
        if (!invariant(last) && endsWith(last, "е") && last.length() > 3) {
            out.addAll(withModifiers(words, c, femininePlural(last, c), true));
        }
        return List.copyOf(out);
    }

    private static List<String> withModifiers(String[] words, Case c, Set<String> lastForms, boolean plural) {
        List<String> acc = new ArrayList<>(lastForms);
        for (int i = words.length - 2; i >= 0; i--) {
            Set<String> options = new LinkedHashSet<>(adjective(words[i], c, plural));
            if (!endsWith(words[i], "и") && !endsWith(words[i], "е")) {
                // A noun in apposition (Република Србија → Републици Србији, Град Београд).
                options.addAll(noun(words[i], c));
            }
            List<String> next = new ArrayList<>();
            for (String o : options) {
                for (String a : acc) {
                    next.add(o + " " + a);
                }
            }
            acc = next;
        }
        return acc;
    }

    /** Feminine plural nouns in -е (нације → нација, нацијама). */
    private static Set<String> femininePlural(String w, Case c) {
        String stem = w.substring(0, w.length() - 1);
        return switch (c) {
            case GENITIVE -> Set.of(stem + e(w, "а"));
            case DATIVE, INSTRUMENTAL -> Set.of(stem + e(w, "ама"));
            case ACCUSATIVE -> Set.of(w);
        };
    }

    private static boolean invariant(String w) {
        if (w.length() < 2) {
            return true;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!Character.isLetter(ch)) {
                return true;
            }
            if (Character.isUpperCase(ch)) {
                upper++;
            }
        }
        return upper > 1;
    }

    private static boolean looksAdjectival(String w) {
        String f = SerbianFolding.INSTANCE.fold(w);
        for (String end : new String[] {"ska", "cka", "ski", "cki", "sko", "cko"}) {
            if (f.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPluralNoun(String w) {
        return !invariant(w) && endsWith(w, "и") && w.length() > 3;
    }

    private static List<String> noun(String w, Case c) {
        if (invariant(w)) {
            return List.of(w);
        }
        List<String> out = new ArrayList<>(3);
        char last = lower(w.charAt(w.length() - 1));
        String stem = w.substring(0, w.length() - 1);
        if (isVowel(last)) {
            switch (fold(last)) {
                case 'а' -> { // feminine (and the few masculine) nouns in -а
                    switch (c) {
                        case GENITIVE -> out.add(stem + e(w, "е"));
                        case DATIVE -> {
                            out.add(stem + e(w, "и"));
                            String sib = sibilarise(stem, w);
                            if (sib != null) {
                                out.add(sib + e(w, "и"));
                            }
                        }
                        case ACCUSATIVE -> out.add(stem + e(w, "у"));
                        case INSTRUMENTAL -> out.add(stem + e(w, "ом"));
                    }
                }
                case 'о', 'е' -> { // neuter
                    switch (c) {
                        case GENITIVE -> out.add(stem + e(w, "а"));
                        case DATIVE -> out.add(stem + e(w, "у"));
                        case ACCUSATIVE -> out.add(w);
                        case INSTRUMENTAL -> {
                            out.add(stem + e(w, "ом"));
                            out.add(stem + e(w, "ем"));
                        }
                    }
                }
                case 'и' -> { // plural names: Оџаци, Карловци, Дечани
                    switch (c) {
                        case GENITIVE -> {
                            out.add(stem + e(w, "а"));
                            String fleeting = insertFleetingA(stem, w);
                            if (fleeting != null) {
                                out.add(fleeting + e(w, "а"));
                            }
                        }
                        case DATIVE, INSTRUMENTAL -> out.add(stem + e(w, "има"));
                        case ACCUSATIVE -> out.add(stem + e(w, "е"));
                    }
                }
                default -> out.add(w);
            }
            return out;
        }
        // Masculine nouns ending in a consonant; -ац, -ак and -ар may lose their a (Крагујевац →
        // Крагујевцу, Центар → Центром); the unused spare form never occurs on a page.
        List<String> stems = new ArrayList<>(2);
        stems.add(w);
        if (w.length() > 4 && (endsWith(w, "ац") || endsWith(w, "ак") || endsWith(w, "ар"))) {
            stems.add(w.substring(0, w.length() - 2) + w.charAt(w.length() - 1));
        }
        for (String s : stems) {
            switch (c) {
                case GENITIVE -> out.add(s + e(w, "а"));
                case DATIVE -> out.add(s + e(w, "у"));
                case ACCUSATIVE -> out.add(w);
                case INSTRUMENTAL -> {
                    out.add(s + e(w, "ом"));
                    out.add(s + e(w, "ем"));
                }
            }
        }
        return out;
    }

    private static List<String> adjective(String w, Case c, boolean plural) {
        if (invariant(w)) {
            return List.of(w);
        }
        char last = fold(lower(w.charAt(w.length() - 1)));
        String stem = w.substring(0, w.length() - 1);
        List<String> out = new ArrayList<>(3);
        if (plural && (last == 'и' || last == 'е')) {
            switch (c) {
                case GENITIVE -> out.add(stem + e(w, "их"));
                case DATIVE, INSTRUMENTAL -> {
                    out.add(stem + e(w, "им"));
                    out.add(stem + e(w, "има"));
                }
                case ACCUSATIVE -> out.add(stem + e(w, "е"));
            }
            return out;
        }
        switch (last) {
            case 'и', 'о', 'е' -> {
                switch (c) {
                    case GENITIVE -> {
                        out.add(stem + e(w, "ог"));
                        out.add(stem + e(w, "ога"));
                    }
                    case DATIVE -> {
                        out.add(stem + e(w, "ом"));
                        out.add(stem + e(w, "оме"));
                    }
                    case ACCUSATIVE -> out.add(w);
                    case INSTRUMENTAL -> out.add(stem + e(w, "им"));
                }
            }
            case 'а' -> {
                switch (c) {
                    case GENITIVE -> out.add(stem + e(w, "е"));
                    case DATIVE -> out.add(stem + e(w, "ој"));
                    case ACCUSATIVE -> out.add(stem + e(w, "у"));
                    case INSTRUMENTAL -> out.add(stem + e(w, "ом"));
                }
            }
            default -> {
                // Short possessive adjectives (Гаџин Хан, Зубин Поток, Петров): the ending is added.
                if (endsWith(w, "ин") || endsWith(w, "ов") || endsWith(w, "ев")) {
                    switch (c) {
                        case GENITIVE -> {
                            out.add(w + e(w, "ог"));
                            out.add(w + e(w, "а"));
                        }
                        case DATIVE -> {
                            out.add(w + e(w, "ом"));
                            out.add(w + e(w, "у"));
                        }
                        case ACCUSATIVE -> out.add(w);
                        case INSTRUMENTAL -> out.add(w + e(w, "им"));
                    }
                }
            }
        }
        return out;
    }

    /** к, г, х become ц, з, с before the dative -и (Паланка → Паланци). */
    private static String sibilarise(String stem, String w) {
        if (stem.isEmpty()) {
            return null;
        }
        char k = stem.charAt(stem.length() - 1);
        String base = stem.substring(0, stem.length() - 1);
        return switch (fold(lower(k))) {
            case 'к' -> base + e(w, "ц");
            case 'г' -> base + e(w, "з");
            case 'х' -> base + e(w, "с");
            default -> null;
        };
    }

    /** Карловц → Карловац: the genitive plural puts the fleeting a back between two consonants. */
    private static String insertFleetingA(String stem, String w) {
        if (stem.length() < 3) {
            return null;
        }
        char a = lower(stem.charAt(stem.length() - 2));
        char b = lower(stem.charAt(stem.length() - 1));
        if (isVowel(a) || isVowel(b)) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + e(w, "а") + stem.charAt(stem.length() - 1);
    }

    private static boolean endsWith(String w, String cyrillicEnding) {
        String lw = w.toLowerCase(Locale.ROOT);
        return lw.endsWith(cyrillicEnding) || lw.endsWith(latin(cyrillicEnding));
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }

    /** The Cyrillic letter of a Latin vowel or consonant used in endings, so one switch serves both scripts. */
    private static char fold(char c) {
        int i = LATIN_LETTERS.indexOf(c);
        return i >= 0 ? CYRILLIC_LETTERS.charAt(i) : c;
    }

    private static final String CYRILLIC_LETTERS = "аеиоуклгхцзсмј";
    private static final String LATIN_LETTERS = "aeiouklghczsmj";

    /** An ending in the script of {@code word}: endings are written in Cyrillic here. */
    private static String e(String word, String cyrillicEnding) {
        return isLatin(word) ? latin(cyrillicEnding) : cyrillicEnding;
    }

    private static String latin(String cyrillic) {
        StringBuilder sb = new StringBuilder(cyrillic.length());
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            int k = CYRILLIC_LETTERS.indexOf(c);
            sb.append(k >= 0 ? LATIN_LETTERS.charAt(k) : c);
        }
        return sb.toString();
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(word.codePointAt(i));
            if (s == Character.UnicodeScript.CYRILLIC) {
                return false;
            }
            if (s == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }
}

package org.inclusiondata.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusiondata.extract.lexicon.CuePosition;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Token;
import org.inclusiondata.extract.lexicon.Words;

/**
 * Finds organisation names: runs of capitalised words (with short lower-case joining words and
 * quoted parts) that contain a legal form or head noun of {@code legal-forms.txt}. Head-final names
 * ({@code Magyar Máltai Szeretetszolgálat Egyesület}, {@code Divers Egyesülettel}) end at the
 * legal form; head-initial ones ({@code Фондация „Америка за България“}, {@code община Стралджа},
 * {@code Grad Smederevo}) start with it and take the run after it.
 */
public final class OrganizationRecognizer {

    private static final int MAX_WORDS = 14;

    private final Lexicon lexicon;

    public OrganizationRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Recognized<String>> find(Words words, int fromToken, int toToken) {
        List<Recognized<String>> out = new ArrayList<>();
        int limit = Math.min(toToken, words.size());
        int i = Math.max(0, fromToken);
        while (i < limit) {
            int runEnd = runFrom(words, i, limit);
            if (runEnd > i) {
                i = Math.max(runEnd, addNames(words, i, runEnd, out));
            } else {
                i++;
            }
        }
        return withDepartments(words.text(), out);
    }

    /**
     * "Evropska komisija (Generalni direktorat za pravosuđe i potrošače)": an organisation named in
     * parentheses right after another is its department, and the two are one name.
     */
    private static List<Recognized<String>> withDepartments(String text, List<Recognized<String>> names) {
        List<Recognized<String>> out = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            Recognized<String> a = names.get(k);
            if (k + 1 < names.size()) {
                Recognized<String> b = names.get(k + 1);
                if (b.start() > a.end() && text.substring(a.end(), b.start()).strip().equals("(")
                        && text.startsWith(")", b.end())) {
                    out.add(new Recognized<>(text.substring(a.start(), b.end() + 1), a.start(), b.end() + 1));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The end (exclusive) of the run of name words starting at {@code i}, or {@code i} when none starts there. */
    private int runFrom(Words words, int i, int limit) {
        if (!nameWord(words, i) && legalAt(words, i) == null) {
            return i;
        }
        int j = i + 1;
        // A legal form of several words is one unit, lower-case words and all ("Културно уметничко
        // друштво „Ром“"): the run goes on after it, so a quoted name after the form stays with it.
        Integer first = legalAt(words, i);
        if (first != null && first > j && first <= limit) {
            j = first;
        }
        while (j < limit && j - i < MAX_WORDS && words.joined(j - 1)) {
            if (nameWord(words, j) || legalAt(words, j) != null) {
                j++;
            } else if (connector(words.get(j)) && j + 1 < limit && words.joined(j)
                    && (nameWord(words, j + 1) || legalAt(words, j + 1) != null) && !conjunctionBeforeLegal(words, j)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "X Egyesület és Y Alapítvány" are two names, not one; so are "општина Србобран и Центар за
     * социјални рад", where the word after the conjunction is the capitalised head of the second
     * name (a lower-case head, "… за Роме и Путнике и канцеларије …", goes on the first name).
     */
    private boolean conjunctionBeforeLegal(Words words, int j) {
        return lexicon.conjunctions().matchAt(words, j).isPresent()
                && ((j > 0 && legalAt(words, j - 1) != null)
                        || (j + 1 < words.size() && words.get(j + 1).isCapitalized() && legalAt(words, j + 1) != null));
    }

    /** Adds the name of run {@code [from, to)} if it is one; returns where to go on (past an acronym the name took). */
    private int addNames(Words words, int from, int to, List<Recognized<String>> out) {
        boolean hasCapital = false;
        int lastLegalEnd = -1;
        int firstLegal = -1;
        for (int k = from; k < to; k++) {
            hasCapital |= words.get(k).isCapitalized() && !words.get(k).isNumber();
            Integer end = legalAt(words, k);
            if (end != null) {
                if (firstLegal < 0) {
                    firstLegal = k;
                }
                lastLegalEnd = Math.max(lastLegalEnd, end);
            }
        }
        if (firstLegal < 0 || !hasCapital) {
            return to;
        }
        int s = from;
        if (inPlace(words, s)) {
            return to;
        }
        // A short capitalised word opening a sentence is an article or preposition, not a name.
        while (s < to - 1 && sentenceInitialFunctionWord(words, s)) {
            s++;
        }
        // After a head-initial form ("Фондация Микрофонд София") a word that merely ends like a
        // legal form ("Микро-фонд") is part of the name, not its head.
        int lastPhraseLegalEnd = -1;
        for (int k = s + 1; k < to; k++) {
            Optional<PhraseMatch<Boolean>> m = lexicon.legalForms().matchAt(words, k);
            if (m.isPresent()) {
                lastPhraseLegalEnd = Math.max(lastPhraseLegalEnd, m.get().endToken());
            }
        }
        int e;
        if (firstLegal == s && lastPhraseLegalEnd <= s + 1 && legalAt(words, s) == s + 1 && to > s + 1) {
            e = to;
        } else {
            e = Math.max(lastLegalEnd, firstLegal + 1);
            Integer form = legalAt(words, s);
            if (firstLegal == s && form != null && form < to && form == e && quotationBetween(words, form - 1, form)) {
                // "Културно уметничко друштво „Ром“": a form of several words, then the quoted name.
                e = to;
            }
        }
        if (e - s < 1 || (e - s == 1 && legalAt(words, s) != null && !words.get(s).isUpperWord()) || endsInPlacePhrase(words, s, e)) {
            return to;
        }
        int start = words.get(s).start();
        int end = words.get(e - 1).end();
        String text = words.text();
        end = extendOverQuotesAndDot(text, start, end, e < words.size() ? words.get(e).start() : text.length(),
                lexicon.abbreviations());
        int next = e;
        while (next < words.size() && words.get(next).end() <= end) {
            next++;
        }
        int resume = to;
        int seat = seatAfterQuotation(words, start, end, next);
        if (seat > 0) {
            end = words.get(next).end();
            resume = next + 1;
            next++;
        }
        int withComplement = withComplement(words, s, e, end, next);
        if (withComplement > end) {
            end = withComplement;
            while (resume < words.size() && words.get(resume).start() < end) {
                resume++;
            }
        }
        // "Развојни програм Уједињених нација (УНДП)": the acronym in parentheses is part of the name, not a second one.
        if (e - s > 1 && next < words.size() && words.get(next).isUpperWord() && !words.get(next).isNumber()
                && words.get(next).raw().length() >= 2 && words.get(next).raw().length() <= 10
                && text.substring(end, words.get(next).start()).strip().equals("(")
                && text.startsWith(")", words.get(next).end())) {
            end = words.get(next).end() + 1;
            resume = next + 1;
        }
        out.add(new Recognized<>(text.substring(start, end), start, end));
        return resume;
    }

    /**
     * {@code Клуб „Отворено общество” Русе}: one capitalised word right after the closing mark of a
     * quotation the name opened is the seat that belongs to the name, when no further name word
     * follows it. Returns 1 when token {@code next} is such a word, else 0.
     */
    private static int seatAfterQuotation(Words words, int start, int end, int next) {
        String text = words.text();
        if (next >= words.size() || end <= start || text.charAt(end - 1) != '"' || text.indexOf('"', start) >= end - 1) {
            return 0;
        }
        Token t = words.get(next);
        if (t.start() != end + 1 || text.charAt(end) != ' ' || !t.isCapitalized() || t.isUpperWord() || t.isNumber()) {
            return 0;
        }
        boolean moreName = next + 1 < words.size() && words.joined(next) && words.get(next + 1).isCapitalized();
        return moreName ? 0 : 1;
    }

    /**
     * A name ending in its head ({@code Международна организация}) keeps a lower-case complement
     * opened by a preposition of {@code name-prepositions.txt} ({@code … по миграция}, {@code … на
     * ромските организации от местно ниво – ERGO Network}) when the complement runs to the end of
     * its clause within a few words, holds no digit and no cue word of another kind (a project
     * word, a role cue). Languages without the file keep names as they are.
     */
    private int withComplement(Words words, int s, int e, int end, int next) {
        if (lexicon.namePrepositions().isEmpty() || e - s < 2 || legalAt(words, e - 1) == null || next != e
                || next >= words.size() || !words.joined(next - 1) || words.get(next - 1).end() != end
                || lexicon.namePrepositions().matchAt(words, next).isEmpty()) {
            return end;
        }
        String text = words.text();
        for (int k = next; k < words.size() && k - next < MAX_COMPLEMENT_WORDS; k++) {
            Token t = words.get(k);
            if (t.isNumber() || lexicon.conjunctions().matchAt(words, k).isPresent() || lexicon.projectWords().matchAt(words, k).isPresent()
                    || lexicon.roles().matchAt(words, k).isPresent() || lexicon.legalForms().matchAt(words, k).isPresent()) {
                return end;
            }
            if (k > next && t.isCapitalized()) {
                if (!dashBefore(text, t.start())) {
                    return end;
                }
                // An alias after a dash ("… от местно ниво – ERGO Network") ends the complement with the name.
                int a = k;
                while (a + 1 < words.size() && words.joined(a) && words.get(a + 1).isCapitalized()) {
                    a++;
                }
                return clauseEndAfter(text, words.get(a).end()) ? words.get(a).end() : end;
            }
            if (!words.joined(k)) {
                return clauseEndAfter(text, t.end()) ? t.end() : end;
            }
        }
        return end;
    }

    private static final int MAX_COMPLEMENT_WORDS = 8;

    private static boolean dashBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 3), at).strip();
        return before.endsWith("–") || before.endsWith("-");
    }

    /** Whether the clause ends right after {@code at}: punctuation that closes it, a line end, or the text end. */
    private static boolean clauseEndAfter(String text, int at) {
        int k = at;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k >= text.length() || ".,;:()!?\n\r".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * {@code в община Кубрат}: a place cue of {@code place-cues.tsv} that takes in the word before
     * a head noun ("в" + "община") makes the words a place, not the municipality as an organisation.
     */
    private boolean inPlace(Words words, int s) {
        for (int k = Math.max(0, s - 2); k < s; k++) {
            Optional<PhraseMatch<CuePosition>> cue = lexicon.placeCues().matchAt(words, k);
            if (cue.isPresent() && cue.get().value() == CuePosition.BEFORE && cue.get().endToken() > s) {
                return true;
            }
        }
        return false;
    }

    /** How far past the run a quotation opened inside the name may still close ({@code СНЦ "Бъдеще за всички"}). */
    private static final int MAX_QUOTED_TAIL = 120;

    /**
     * The normaliser folds every quotation mark to {@code "}, so a name's quotation is open when an
     * odd number of them lies inside it; the name then runs to the closing one on the same line,
     * even over lower-case words the run stopped at. Typographic marks are still honoured for
     * callers that pass raw text.
     */
    private static int extendOverQuotesAndDot(String text, int start, int end, int nextTokenStart,
            java.util.Set<String> abbreviations) {
        int e = end;
        int opened = 0;
        int straight = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\u201e' || c == '\u00ab') {
                opened++;
            } else if ((c == '\u201d' || c == '\u201c' || c == '\u00bb') && opened > 0) {
                opened--;
            } else if (c == '"') {
                straight++;
            }
        }
        if (opened == 0 && straight % 2 == 1) {
            int close = closingQuote(text, end);
            if (close >= 0) {
                return close + 1;
            }
        }
        while (e < nextTokenStart && e < text.length()) {
            char c = text.charAt(e);
            if (c == '.' && e > 0 && Character.isLetter(text.charAt(e - 1)) && abbreviationBefore(text, e, abbreviations)) {
                e++;
            } else if (opened > 0 && (c == '\u201d' || c == '\u201c' || c == '\u00bb' || c == '"')) {
                e++;
                opened--;
            } else {
                break;
            }
        }
        return e;
    }

    /** The closing {@code "} at or after {@code from} on the same line and not too far, else -1. */
    private static int closingQuote(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_QUOTED_TAIL);
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '"') {
                return k;
            }
            if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code Kft.}, {@code d.o.o.}: a word whose full stop belongs to it, because it is a single
     * letter or an abbreviation of the language ({@code abbreviations.txt}). Any other word's full
     * stop ends the sentence ({@code … Центар за социјални рад.}), and so does the full stop after
     * an acronym in capitals ({@code „Еко Строй” ЕООД.}), which is complete without one.
     */
    private static boolean abbreviationBefore(String text, int dot, java.util.Set<String> abbreviations) {
        int w = dot;
        boolean upper = true;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            upper &= Character.isUpperCase(text.charAt(w - 1));
            w--;
        }
        if (upper && dot - w >= 2) {
            return false;
        }
        return dot - w == 1 || abbreviations.contains(text.substring(w, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean sentenceInitialFunctionWord(Words words, int k) {
        Token t = words.get(k);
        if (t.raw().length() > 3 || t.isUpperWord() || legalAt(words, k) != null) {
            return false;
        }
        int p = t.start() - 1;
        String text = words.text();
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        return p < 0 || ".!?\n:;\u2022".indexOf(text.charAt(p)) >= 0;
    }

    /**
     * "… положаја Roma u gradu Smederevu": a run that ends with a preposition and a word that
     * introduces a place name ({@code place-cues.tsv}, before) is a phrase about a place, not a
     * name ending in its head noun.
     */
    private boolean endsInPlacePhrase(Words words, int s, int e) {
        for (int k = s + 2; k < e; k++) {
            Optional<PhraseMatch<org.inclusiondata.extract.lexicon.CuePosition>> cue = lexicon.placeCues().matchAt(words, k);
            if (cue.isPresent() && cue.get().value() == org.inclusiondata.extract.lexicon.CuePosition.BEFORE
                    && cue.get().endToken() == e && connector(words.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** End token of the legal form at {@code k} (a phrase, or a compound ending in one), else null. */
    /** Whether an opening quotation mark stands between tokens {@code a} and {@code b}. */
    private static boolean quotationBetween(Words words, int a, int b) {
        String between = words.text().substring(words.get(a).end(), words.get(b).start());
        return between.strip().matches("[\"„“”«,]+") && !between.strip().equals(",");
    }

    private Integer legalAt(Words words, int k) {
        Optional<PhraseMatch<Boolean>> m = lexicon.legalForms().matchAt(words, k);
        if (m.isPresent()) {
            return m.get().endToken();
        }
        Token t = words.get(k);
        if (t.isCapitalized() && lexicon.legalForms().tailOf(words, k).isPresent()) {
            return k + 1;
        }
        return null;
    }

    private static boolean nameWord(Words words, int k) {
        Token t = words.get(k);
        return t.isCapitalized() || (t.isNumber() && k > 0 && words.get(k - 1).isCapitalized());
    }

    private static boolean connector(Token t) {
        return !t.isCapitalized() && !t.isNumber() && t.raw().length() <= 3;
    }
}

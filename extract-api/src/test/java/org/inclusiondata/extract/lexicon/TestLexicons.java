package org.inclusiondata.extract.lexicon;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Small lexicons written inline, so the engine's tests do not depend on a language module. The
 * entries mix Hungarian, Bulgarian and Serbian forms to exercise every written order the
 * recognizers support.
 */
public final class TestLexicons {

    private TestLexicons() {
    }

    public static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("suffixes.txt", "# endings\nban\nában\nen\nben\nn\non\nön\nra\ntól\ntől\ni\ns\nos\nt\nig\na\nja\nai\nval\nvel\ntal\ntel\nu\nom\nа\nта\nът\n"),
            Map.entry("months.tsv", "1\tjanuár\n3\tmárcius\n3\tмарт\n3\tmart\n5\tmájus\n5\tмаја\n8\taugusztus\n9\tсептември\n9\tszeptember\n"
                    + "12\tdecember\n12\tdecembar\n2\tфевруари\n"),
            Map.entry("currencies.tsv", "HUF\tFt\nHUF\tforint\nRON\tlej\nBGN\tлв.\nBGN\tлева\nEUR\t€\nEUR\teuró\nEUR\tевро\nRSD\tdinara\nRSD\tдинара\n"),
            Map.entry("multipliers.tsv", "1000\tezer\n1000\tхил.\n1000000\tmillió\n1000000\tмлн.\n1000000\tмилиона\n"),
            Map.entry("money-kinds.tsv", "total\tteljes értéke\ngrant\ttámogatás\nown\tönrész\n"),
            Map.entry("fields.tsv", "title\tprojekt címe\nperiod\tidőszak\nperiod\tvreme implementacije\ngrant\teu donacija\ngrant\ttámogatás összege\n"
                    + "lead\tkonzorciumvezető\npartner\tpartnerek\nobjectives\tprojekt célja\nactivities\ttevékenységek\nlinks\thonlap\n"
                    + "ignore\tkapcsolat\npublished\tdátum\nlocation\tgrad\n"),
            Map.entry("roles.tsv", "partner\tközös projektje\nfunder\táltal támogatott\nlead\tNosilac projekta\n"),
            Map.entry("legal-forms.txt", "Egyesület\nAlapítvány\nNonprofit Kft.\nKft.\nÖnkormányzat\nФондация\nобщина\nUnió\n"),
            Map.entry("places.txt", "Budapest\nMaros\nHargita\nKovászna\nRománia\nКубрат\n"),
            Map.entry("place-cues.tsv", "after\tmegye\nbefore\tобщина\n"),
            Map.entry("conjunctions.txt", "és\nи\ni\n"),
            Map.entry("duration-units.tsv", "1\thónap\n12\tév\n1\tмесеца\n12\tgodišnji\n"),
            Map.entry("numbers.tsv", "2\tkét\n3\ttro\n"),
            Map.entry("count-units.txt", "fő\nдуши\nmladih\n"),
            Map.entry("project-words.txt", "projekt\nпроект\nprojekat\nprogram\n"),
            Map.entry("articles.txt", "a\naz\n"),
            Map.entry("title-cues.tsv", "after\tcímű\n"),
            Map.entry("date-cues.tsv", "start\tindult\nend\tzárul\nstart\ttől\n"),
            Map.entry("programme-heads.txt", "Operatív Program\n"),
            Map.entry("objective-cues.txt", "célja\n"),
            Map.entry("activity-cues.txt", "szervez\n"),
            Map.entry("result-cues.txt", "eredményeként\n"),
            Map.entry("target-cues.txt", "kedvezményezettjei\n"),
            Map.entry("boilerplate.txt", "cookie\nmegosztás\n"),
            Map.entry("abbreviations.txt", "kft\nbt\nzrt\ndr\nstb\npl\nг\nгр\nул\nбр\nbr\nnpr\nтзв\nitd\n"),
            Map.entry("range-words.txt", "do\nдо\nés\ni\nи\nto\n"));

    public static LexiconSource source(Map<String, String> files) {
        return name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null;
    }

    public static Lexicon mixed() {
        return LexiconLoader.load("xx", source(FILES));
    }
}

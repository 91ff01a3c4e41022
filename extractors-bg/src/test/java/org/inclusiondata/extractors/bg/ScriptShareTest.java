package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptShareTest {

    @Test
    void bulgarianWithLatinNamesIsStillBulgarian() {
        assertTrue(ScriptShare.of("Партньор по проекта е Европейска мрежа на ромските организации – ERGO Network.")
                .readableAsBulgarian());
    }

    @Test
    void aBilingualPageWithALongEnglishNoticeIsStillBulgarian() {
        assertTrue(ScriptShare.of("Funded by the Citizens, Equality, Rights and Values Programme (2021-2027) of the"
                + " European Union. Проект „Активни роми“, финансиран от MRG.").readableAsBulgarian());
    }

    @Test
    void romanianIsNotBulgarian() {
        assertFalse(ScriptShare.of("Proiectul își propune creșterea incluziunii romilor din județul Satu Mare.")
                .readableAsBulgarian());
    }

    @Test
    void aTextWithoutLettersIsNotBulgarian() {
        assertFalse(ScriptShare.of("2015 – 2020, 1 000 000").readableAsBulgarian());
    }
}

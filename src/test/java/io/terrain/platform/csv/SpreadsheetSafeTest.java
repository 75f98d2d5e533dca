package io.terrain.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    void prefixesEveryFormulaTrigger() {
        assertEquals("'=HYPERLINK(\"http://evil\")", SpreadsheetSafe.text("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+cmd|' /C calc'!A0", SpreadsheetSafe.text("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SpreadsheetSafe.text("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetSafe.text("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetSafe.text("\t=1"));
        assertEquals("'\r=1", SpreadsheetSafe.text("\r=1"));
    }

    @Test
    void leavesPlainTextAndNumbersAlone() {
        assertEquals("Agence Lille", SpreadsheetSafe.text("Agence Lille"));
        assertEquals("-4.486100", SpreadsheetSafe.text("-4.486100"));
        assertEquals("-1,5", SpreadsheetSafe.text("-1,5"));
        assertEquals("", SpreadsheetSafe.text(null));
    }
}

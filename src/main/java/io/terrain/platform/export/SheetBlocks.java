package io.terrain.platform.export;

import io.terrain.platform.csv.SpreadsheetSafe;
import org.dhatim.fastexcel.Worksheet;

/** The few blocks Terrain's Excel reports are made of (fastexcel): label-value pairs and header rows. */
public final class SheetBlocks {

    private SheetBlocks() {
    }

    /** A bold label and its value (text made spreadsheet-safe); returns the next row. */
    public static int pair(Worksheet sheet, int row, String label, String value) {
        sheet.value(row, 0, label);
        sheet.style(row, 0).bold().set();
        sheet.value(row, 1, SpreadsheetSafe.text(value));
        return row + 1;
    }

    /** Bold titles on the first row, frozen while scrolling. */
    public static void header(Worksheet sheet, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            sheet.value(0, i, titles[i]);
            sheet.style(0, i).bold().set();
        }
        sheet.freezePane(0, 1);
    }
}

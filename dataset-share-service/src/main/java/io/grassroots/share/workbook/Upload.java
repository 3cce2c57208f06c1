package io.grassroots.share.workbook;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An accepted upload: its kind, the sheet to read as a grid, and for an .xlsx the workbook itself. */
public record Upload(Kind kind, Grid grid, XSSFWorkbook workbook, int sheetIndex) implements AutoCloseable {
    /** The file formats read. */
    public enum Kind { XLSX, CSV }

    @Override
    public void close() {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                // Read from memory: nothing to release but the object.
            }
        }
    }
}

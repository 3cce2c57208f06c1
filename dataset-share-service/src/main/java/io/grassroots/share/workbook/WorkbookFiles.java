package io.grassroots.share.workbook;

import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx or CSV, refusing what the platform will not read: other files, legacy or
 * encrypted workbooks, macros, zip bombs (inflation is counted and stopped at the limit before the
 * workbook is parsed) and sheets past the row and column limits. Every refusal is a problem on "file".
 */
@ApplicationScoped
public class WorkbookFiles {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    WorkbookLimits limits;

    WorkbookFiles() {
    }

    /** Outside CDI (a benchmark, a tool): the limits given. */
    public WorkbookFiles(WorkbookLimits limits) {
        this.limits = limits;
    }

    /** The upload opened, with the first visible sheet as its grid. */
    public Upload open(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw refuse("REQUIRED", "the file is empty");
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(body);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw encrypted(body) ? refuse("ENCRYPTED", "the workbook is protected by a password: save it without one")
                    : refuse("FORMAT", "this is an Excel 97-2003 workbook (.xls): save it as .xlsx");
        }
        if (magic == FileMagic.OOXML) {
            return xlsx(body);
        }
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
            return new Upload(Upload.Kind.CSV, CsvFiles.read(body, limits), null, 0);
        }
        throw refuse("FORMAT", "the file is neither an .xlsx workbook nor a CSV file (Content-Type text/csv)");
    }

    private Upload xlsx(byte[] body) {
        boolean macros = inflate(body);
        if (macros) {
            throw refuse("MACROS", "the workbook contains macros (.xlsm): save it as a plain .xlsx workbook");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw refuse("FORMAT", "the file is not a readable .xlsx workbook");
        }
        try {
            if (workbook.isMacroEnabled()) {
                throw refuse("MACROS", "the workbook is macro-enabled (.xlsm): save it as a plain .xlsx workbook");
            }
            int index = firstVisible(workbook);
            XSSFSheet sheet = workbook.getSheetAt(index);
            if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
                throw refuse("MAX_ROWS", "the sheet " + sheet.getSheetName() + " has " + (sheet.getLastRowNum() + 1)
                        + " rows; at most " + limits.maxRows() + " are read");
            }
            Grid grid = new XlsxGrid(sheet, limits.maxColumns());
            if (grid.columns() > limits.maxColumns()) {
                throw refuse("MAX_COLUMNS", "the sheet " + sheet.getSheetName() + " has " + grid.columns()
                        + " columns; at most " + limits.maxColumns() + " are read");
            }
            return new Upload(Upload.Kind.XLSX, grid, workbook, index);
        } catch (RuntimeException e) {
            new Upload(Upload.Kind.XLSX, null, workbook, 0).close();
            throw e;
        }
    }

    /** Inflates every part once, counting, and stops at the limit; says whether a VBA project is inside. */
    private boolean inflate(byte[] body) {
        long total = 0;
        boolean macros = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 10_000) {
                    throw refuse("TOO_LARGE", "the workbook has more than 10000 parts");
                }
                macros |= entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin");
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > limits.maxInflatedBytes()) {
                        throw refuse("TOO_LARGE", "the workbook inflates to more than " + limits.maxInflatedBytes()
                                + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refuse("FORMAT", "the file is not a readable .xlsx workbook (a damaged zip)");
        }
        return macros;
    }

    private static boolean encrypted(byte[] body) {
        try (InputStream in = new ByteArrayInputStream(body); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int firstVisible(XSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return i;
            }
        }
        throw refuse("FORMAT", "the workbook has no visible sheet");
    }

    static ProblemException refuse(String rule, String message) {
        return ProblemException.invalid("file", rule, message);
    }
}

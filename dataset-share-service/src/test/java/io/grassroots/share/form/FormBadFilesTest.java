package io.grassroots.share.form;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/** Every kind of bad file gets a problem on "file" naming the rule, and no form is kept. */
@QuarkusTest
class FormBadFilesTest extends ShareTest {
    private void refused(byte[] file, String contentType, String rule, String detail) {
        long before = db.count("select count(*) from form");
        FormApi.upload(FormApi.STATISTICS, file, contentType, "bad.xlsx").then().statusCode(400)
                .body("violations[0].field", equalTo("file"))
                .body("violations[0].rule", equalTo(rule))
                .body("detail", containsString(detail));
        assertEquals(before, db.count("select count(*) from form"), rule + " keeps nothing");
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void notAWorkbook() throws Exception {
        refused(new byte[0], Forms.XLSX, "REQUIRED", "empty");
        refused(csv("just some text"), Forms.XLSX, "FORMAT", "neither");
        refused(csv("单位,常住人口\n和平村,\n"), "text/plain", "FORMAT", "neither");
        byte[] damaged = Forms.quarterly();
        java.util.Arrays.fill(damaged, 40, damaged.length, (byte) 7);
        refused(damaged, Forms.XLSX, "FORMAT", "xlsx");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(csv("<w:document/>"));
        }
        refused(zip.toByteArray(), Forms.XLSX, "FORMAT", "xlsx");
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("表").createRow(0).createCell(0).setCellValue("单位");
            refused(Forms.bytes(legacy), "application/vnd.ms-excel", "FORMAT", ".xls");
        }
    }

    @Test
    void encryptedAndMacroEnabledWorkbooks() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Forms.quarterly()));
                OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        refused(encrypted.toByteArray(), Forms.XLSX, "ENCRYPTED", "password");

        try (XSSFWorkbook macros = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            var sheet = macros.createSheet("Sheet1");
            Forms.row(sheet, 0, "单位", "常住人口");
            Forms.row(sheet, 1, "和平村");
            refused(Forms.bytes(macros), "application/vnd.ms-excel.sheet.macroEnabled.12", "MACROS", "macro");
        }
    }

    @Test
    void aFormulaWhereAValueIsToBeFilledIsRefusedNotOverwritten() {
        byte[] form = Forms.workbook(sheet -> {
            Forms.row(sheet, 0, "单位", "常住人口", "合计");
            Forms.row(sheet, 1, "和平村");
            sheet.getRow(1).createCell(1).setCellFormula("100+20");
            sheet.getRow(1).createCell(2).setCellFormula("B2*2");
        });
        refused(form, Forms.XLSX, "FORMULA", "B2");
    }

    @Test
    void aTotalRowsSumsAreNotFilledSoTheyStay() {
        byte[] form = Forms.workbook(sheet -> {
            Forms.row(sheet, 0, "单位", "常住人口");
            Forms.row(sheet, 1, "和平村");
            Forms.row(sheet, 2, "团结村");
            Forms.row(sheet, 3, "合计");
            sheet.getRow(3).createCell(1).setCellFormula("SUM(B2:B3)");
        });
        String id = FormApi.upload(FormApi.STATISTICS, form, Forms.XLSX, "total.xlsx").then().statusCode(201)
                .extract().path("id");
        // Given a unit, the total's row would be filled over its sum: refused then, the cell named.
        FormApi.confirm(FormApi.STATISTICS, id, Map.of("title", "合计行", "period", "2026", "dueDate", FormApi.DUE,
                "rows", List.of(Map.of("row", 4, "unit", "450105001001")))).then().statusCode(400)
                .body("violations[0].field", equalTo("file"))
                .body("violations[0].rule", equalTo("FORMULA"))
                .body("detail", containsString("B4"));
        FormApi.confirm(FormApi.STATISTICS, id, Map.of("title", "合计行", "period", "2026", "dueDate", FormApi.DUE))
                .then().statusCode(200);
        byte[] filled = given().auth().oauth2(FormApi.STATISTICS).get("/api/forms/" + id + "/workbook").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = Forms.read(filled)) {
            assertEquals("SUM(B2:B3)", workbook.getSheet("Sheet1").getRow(3).getCell(1).getCellFormula());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tooManyRowsOrColumnsAndAZipBomb() throws Exception {
        refused(csv("单位,常住人口\n" + "和平村,1\n".repeat(20_000)), "text/csv", "MAX_ROWS", "20000");
        refused(Forms.workbook(sheet -> {
            Forms.row(sheet, 0, "单位", "常住人口");
            sheet.createRow(25_000).createCell(0).setCellValue("和平村");
        }), Forms.XLSX, "MAX_ROWS", "25001");
        refused(Forms.workbook(sheet -> {
            Forms.row(sheet, 0, "单位", "常住人口");
            sheet.getRow(0).createCell(250).setCellValue("备注");
        }), Forms.XLSX, "MAX_COLUMNS", "251");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 30; i++) {
                out.write(zeros);
            }
        }
        refused(bomb.toByteArray(), Forms.XLSX, "TOO_LARGE", "inflates");
    }

    @Test
    void aFormNamingNoIndicatorOrNoUnit() {
        refused(csv("单位,道路里程\n和平村,3\n"), "text/csv", "NO_INDICATOR", "道路里程");
        refused(csv("企业,常住人口\n某某公司,3\n"), "text/csv", "UNIT_COLUMN", "region");
    }
}

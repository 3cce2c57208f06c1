package io.grassroots.share.task;

import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.ValueType;
import io.grassroots.share.data.ValueRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a unit's task as a small workbook: a title, a line of instructions, the header, and one row
 * per open field whose value cell is the only one unlocked, highlighted and checked against the
 * catalog's range as the unit types. The sheet is protected without a password: a guide, not a lock.
 */
final class TaskWorkbook {
    static final String CODE = "指标代码";
    static final String VALUE = "填报数值";
    static final List<String> HEADERS = List.of(CODE, "指标名称", "计量单位", VALUE, "填写说明");
    /** The header's row (0-based): after the title and the instructions. */
    static final int HEADER_ROW = 2;
    static final int VALUE_COLUMN = 3;
    /** Column widths in characters; a Chinese character takes two. */
    private static final int[] WIDTHS = { 26, 30, 10, 18, 46 };
    /** What a value may hold at most either way when the catalog sets no bound (ValueRules' 18 digits). */
    private static final String UNBOUNDED = "999999999999999999";

    private TaskWorkbook() {
    }

    static byte[] write(TaskSheet task) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("填报任务");
            Styles styles = new Styles(workbook);
            merged(sheet, 0, title(task), styles.title, 30);
            merged(sheet, 1, instructions(task), styles.instructions, 48);
            XSSFRow header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(styles.header);
            }
            DataValidationHelper validations = sheet.getDataValidationHelper();
            int r = HEADER_ROW + 1;
            for (Indicator field : task.fields()) {
                XSSFRow row = sheet.createRow(r);
                String note = note(field);
                String[] texts = { field.code, field.name, field.unitOfMeasure, null, note };
                for (int c = 0; c < texts.length; c++) {
                    row.createCell(c).setCellStyle(c == VALUE_COLUMN ? styles.value : styles.text);
                    if (texts[c] != null) {
                        row.getCell(c).setCellValue(texts[c]);
                    }
                }
                sheet.addValidationData(validation(validations, field, note, r));
                r++;
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setActiveCell(new CellAddress(HEADER_ROW + 1, VALUE_COLUMN));
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            // Locked cells stay selectable and columns resizable; only their contents are protected.
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockSelectLockedCells(false);
            sheet.lockSelectUnlockedCells(false);
            workbook.getProperties().getCoreProperties().setTitle(title(task));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** attachment with an ASCII name for old clients and the Chinese one in RFC 5987's filename*. */
    static String disposition(TaskSheet task) {
        String name = "填报任务_" + (task.unitName() == null ? task.unitCode() : task.unitName()) + "_" + task.period()
                + ".xlsx";
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"task-" + task.unitCode() + "-" + task.period() + ".xlsx\"; filename*=UTF-8''"
                + encoded;
    }

    static String title(TaskSheet task) {
        String unit = task.unitName() == null ? task.unitCode() : task.unitName() + "（" + task.unitCode() + "）";
        return unit + " " + period(task.period()) + "数据填报任务（截止日期：" + date(task.dueDate()) + "）";
    }

    private static String instructions(TaskSheet task) {
        return "只需填写黄色的“" + VALUE + "”列（可以使用公式），其他列请勿修改；空着的行不提交，可以以后再填。"
                + "填好后在“我的任务”中上传本文件。这些数据共享库中没有，提出需求的部门："
                + (task.requestedBy().isEmpty() ? "无" : String.join("、", task.requestedBy())) + "。";
    }

    /** How the catalog wants the value: whole number or decimal, and its range. */
    static String note(Indicator field) {
        StringBuilder note = new StringBuilder(field.valueType == ValueType.INTEGER ? "整数"
                : "数值，最多" + ValueRules.MAX_DECIMALS + "位小数");
        BigDecimal min = field.minValue;
        BigDecimal max = field.maxValue;
        if (min != null && max != null) {
            note.append("，").append(min.toPlainString()).append("～").append(max.toPlainString());
        } else if (min != null) {
            note.append("，不小于").append(min.toPlainString());
        } else if (max != null) {
            note.append("，不大于").append(max.toPlainString());
        }
        if ("%".equals(field.unitOfMeasure)) {
            note.append("；填百分数的数字，如 65 表示 65%");
        }
        return note.toString();
    }

    private static DataValidation validation(DataValidationHelper helper, Indicator field, String note, int row) {
        int type = field.valueType == ValueType.INTEGER ? ValidationType.INTEGER : ValidationType.DECIMAL;
        String min = field.minValue == null ? null : field.minValue.toPlainString();
        String max = field.maxValue == null ? null : field.maxValue.toPlainString();
        DataValidationConstraint constraint;
        if (min != null && max != null) {
            constraint = helper.createNumericConstraint(type, OperatorType.BETWEEN, min, max);
        } else if (min != null) {
            constraint = helper.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, min, null);
        } else if (max != null) {
            constraint = helper.createNumericConstraint(type, OperatorType.LESS_OR_EQUAL, max, null);
        } else {
            constraint = helper.createNumericConstraint(type, OperatorType.BETWEEN, "-" + UNBOUNDED, UNBOUNDED);
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(row, row, VALUE_COLUMN, VALUE_COLUMN));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        // Excel refuses a box whose title is over 32 characters or its text over 255: a long name is cut.
        validation.createErrorBox("数值不符合要求", clip(field.name + "须为" + note, 255));
        validation.setShowPromptBox(true);
        validation.createPromptBox(clip(field.name, 32), clip(note, 255));
        return validation;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void merged(XSSFSheet sheet, int r, String text, CellStyle style, float height) {
        XSSFRow row = sheet.createRow(r);
        row.setHeightInPoints(height);
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.size() - 1));
    }

    static String period(String period) {
        if (period.length() == 4) {
            return period + "年度";
        }
        String year = period.substring(0, 4);
        if (period.charAt(5) == 'Q') {
            return year + "年第" + "一二三四".charAt(period.charAt(6) - '1') + "季度";
        }
        return year + "年" + Integer.parseInt(period.substring(5)) + "月";
    }

    private static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The few styles of the sheet, made once per workbook. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle instructions;
        final XSSFCellStyle header;
        final XSSFCellStyle text;
        final XSSFCellStyle value;

        Styles(XSSFWorkbook workbook) {
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            instructions = workbook.createCellStyle();
            instructions.setWrapText(true);
            instructions.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setWrapText(true);
            value = bordered(workbook);
            value.setLocked(false);
            value.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            value.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static XSSFCellStyle bordered(XSSFWorkbook workbook) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}

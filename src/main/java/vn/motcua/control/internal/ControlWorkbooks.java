package vn.motcua.control.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.control.ControlField;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.control.Labelled;
import vn.motcua.shared.ProblemException;

/**
 * The spreadsheets of the lists. Export: one sheet named after the list, a header row of Vietnamese labels ("Mã số",
 * "Mã cơ quan", then the fields), one row per record, dates as dates (dd/mm/yyyy), choices by their Vietnamese
 * name. Import reads the same layout back: the first row names the columns (a field's label or its contract name, in
 * any order; "Mã số" is ignored and a missing optional column is empty), each further non-empty row is a record.
 */
final class ControlWorkbooks {

    static final String ID_HEADER = "Mã số";
    static final String AGENCY_HEADER = "Mã cơ quan";
    static final int MAX_ROWS = 5000;

    /** A data row of an imported sheet: its number as Excel shows it, and the values by field name. */
    record SheetRow(int number, Map<String, Object> values) {}

    private ControlWorkbooks() {
    }

    static byte[] write(ControlList list, List<ControlRecord> records) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(list.label());
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row head = sheet.createRow(0);
            List<String> headers = new ArrayList<>(List.of(ID_HEADER, AGENCY_HEADER));
            list.fields().forEach(f -> headers.add(f.label()));
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ControlRecord record : records) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(record.id());
                row.createCell(1).setCellValue(record.agencyCode());
                int c = 2;
                for (ControlField field : list.fields()) {
                    Object value = record.value(field.name());
                    Cell cell = row.createCell(c++);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Long n) {
                        cell.setCellValue(n);
                    } else if (value != null) {
                        Labelled choice = field.choiceOf(value.toString());
                        cell.setCellValue(choice != null ? choice.label() : value.toString());
                    }
                }
            }
            workbook.getProperties().getCoreProperties().setCreator("motcua");
            workbook.getProperties().getCoreProperties().setTitle(list.label());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data rows of the first sheet, by field name ({@code agencyCode} for "Mã cơ quan"). The file itself is
     * refused (400 naming {@code file}) when it is not a spreadsheet, names a column the list does not have, or
     * has no data row.
     */
    static List<SheetRow> read(ControlList list, InputStream xlsx) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw empty();
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw empty();
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<Integer, String> columns = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (Cell cell : head) {
                String name = formatter.formatCellValue(cell).strip();
                if (name.isEmpty() || name.equalsIgnoreCase(ID_HEADER) || name.equalsIgnoreCase("id")) {
                    continue;
                }
                String field = fieldOf(list, name);
                if (field == null) {
                    unknown.add(name);
                } else {
                    columns.put(cell.getColumnIndex(), field);
                }
            }
            if (!unknown.isEmpty()) {
                List<String> known = new ArrayList<>(List.of(AGENCY_HEADER));
                list.fields().forEach(f -> known.add(f.label()));
                throw ProblemException.invalidField("file", "Bảng tính có cột không thuộc danh sách \"" + list.label()
                        + "\": " + String.join(", ", unknown) + ". Các cột được nhận: " + String.join(", ", known));
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                boolean any = false;
                for (Map.Entry<Integer, String> column : columns.entrySet()) {
                    Object value = value(row.getCell(column.getKey()), formatter);
                    any |= value != null && !(value instanceof String s && s.isBlank());
                    values.put(column.getValue(), value);
                }
                if (any) {
                    rows.add(new SheetRow(r + 1, values));
                }
                if (rows.size() > MAX_ROWS) {
                    throw ProblemException.invalidField("file", "Mỗi lần nhập tối đa " + MAX_ROWS + " dòng");
                }
            }
            if (rows.isEmpty()) {
                throw empty();
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalidField("file", "Tệp không đọc được như một bảng tính Excel (.xlsx)");
        }
    }

    private static String fieldOf(ControlList list, String header) {
        if (header.equalsIgnoreCase(AGENCY_HEADER) || header.equalsIgnoreCase("agencyCode")) {
            return "agencyCode";
        }
        for (ControlField field : list.fields()) {
            if (field.label().equalsIgnoreCase(header) || field.name().equalsIgnoreCase(header)) {
                return field.name();
            }
        }
        return null;
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime at = cell.getLocalDateTimeCellValue();
                    return at == null ? null : at.toLocalDate();
                }
                return cell.getNumericCellValue();
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case BLANK:
                return null;
            default:
                return formatter.formatCellValue(cell);
        }
    }

    private static ProblemException empty() {
        return ProblemException.invalidField("file", "Bảng tính không có dòng dữ liệu nào (dòng đầu là tên cột)");
    }
}

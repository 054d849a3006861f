package ma.coopmarket.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ma.coopmarket.cooperative.CooperativeFacts;

/**
 * The attendance list of a training as CSV (RFC 4180, CRLF), in UTF-8 with a byte order mark so
 * that Excel shows Arabic names instead of mojibake. A cell that a spreadsheet would read as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
public final class AttendanceSheet {

    static final String[] HEADER = { "arrival", "status", "fullName", "phone", "gender", "role", "cooperativeId",
        "cooperativeNameFr", "cooperativeNameAr", "regionCode", "signature" };
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final Training training;
    private final List<Enrollment> participants;
    private final Map<String, CooperativeFacts> cooperatives;

    AttendanceSheet(Training training, List<Enrollment> participants, Map<String, CooperativeFacts> cooperatives) {
        this.training = training;
        this.participants = participants;
        this.cooperatives = cooperatives;
    }

    public String fileName() {
        return "attendance-" + training.id + ".csv";
    }

    /** The sheet with {@code delimiter} between cells: ',' by default, ';' for spreadsheets in French locales. */
    public byte[] toCsv(char delimiter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader(HEADER).get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Enrollment e : participants) {
                CooperativeFacts c = cooperatives.get(e.cooperativeId);
                csv.printRecord(e.arrival, e.status.name(), cell(e.fullName), cell(e.phone), e.gender.name(),
                        e.role.name(), e.cooperativeId, cell(c == null ? null : c.nameFr()),
                        cell(c == null ? null : c.nameAr()), e.cooperativeRegionCode, "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}

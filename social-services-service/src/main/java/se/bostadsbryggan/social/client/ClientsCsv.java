package se.bostadsbryggan.social.client;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Clients as a CSV file the way Swedish Excel opens it: UTF-8 with a byte order mark,
 * {@code ;} between fields, CRLF between rows. A field with {@code ;}, a quote or a line
 * break is quoted, and one that starts like a formula is prefixed with {@code '}.
 */
final class ClientsCsv {

	private static final String BOM = "\uFEFF";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE
		.withZone(ZoneId.of("Europe/Stockholm"));

	private ClientsCsv() {
	}

	static byte[] write(List<String> headers, List<ClientView> clients, String hidden) {
		StringBuilder csv = new StringBuilder(BOM);
		row(csv, headers);
		for (ClientView client : clients) {
			row(csv, List.of(client.hidden() ? hidden : client.formattedPersonalIdentityNumber(),
					client.hidden() ? hidden : client.name(), client.caseworkerName(),
					(client.unit() != null) ? client.unit() : "", DATE.format(client.registeredAt())));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}

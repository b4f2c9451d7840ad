package se.bostadsbryggan.housing.csvimport;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The texts of an import's row errors, in the caller's language.
 */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	String get(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * Refuses a file whose shape makes its rows unreadable: required columns missing, or
	 * no rows at all.
	 * @param table the parsed file
	 * @param required the columns every row needs
	 * @return the refusal, or empty when the rows can be checked one by one
	 */
	Optional<ImportResult> refuseShape(CsvTable table, List<String> required) {
		List<String> missing = table.missing(required);
		if (!missing.isEmpty()) {
			return Optional.of(ImportResult.rejected(table.rows().size(),
					List.of(new ImportResult.RowError(1, get("import.columns.missing", String.join(", ", missing))))));
		}
		if (table.rows().isEmpty()) {
			return Optional.of(ImportResult.rejected(0, List.of(new ImportResult.RowError(0, get("import.empty")))));
		}
		return Optional.empty();
	}

}

package se.bostadsbryggan.housing.csvimport;

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

}

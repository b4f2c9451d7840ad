package se.bostadsbryggan.allocation.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The printable minutes as PDF: the same template as the page ({@code meetings/minutes}),
 * rendered without links or script and handed to openhtmltopdf.
 */
@Component
class MinutesPdf {

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final String style;

	MinutesPdf(SpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
		try (InputStream css = new ClassPathResource("static/minutes.css").getInputStream()) {
			this.style = new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param model the minutes page's model
	 * @param locale the reader's language
	 * @return the PDF
	 */
	byte[] render(Map<String, Object> model, Locale locale) {
		Context variables = new Context(locale, model);
		variables.setVariable("pdf", true);
		variables.setVariable("pdfStyle", this.style);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		String html = this.templates.process("meetings/minutes", variables);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}

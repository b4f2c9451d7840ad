package se.bostadsbryggan.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link ProblemException} of a page controller as a page in the caller's language
 * (e.g. the Swedish 404 page for a client outside the caller's scope), rendered by the
 * service's own {@value #VIEW} template with the model attributes {@code code} and
 * {@code arguments}. Comes after {@link ProblemDetailsAdvice}, so the JSON APIs keep
 * their problem details.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemPageAdvice {

	/** The service's template for a refused page. */
	public static final String VIEW = "error/problem";

	@ExceptionHandler(ProblemException.class)
	ModelAndView problem(ProblemException ex, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		ModelAndView page = new ModelAndView(VIEW);
		page.setStatus(ex.status());
		page.addObject("code", ex.code());
		page.addObject("arguments", ex.arguments());
		return page;
	}

}

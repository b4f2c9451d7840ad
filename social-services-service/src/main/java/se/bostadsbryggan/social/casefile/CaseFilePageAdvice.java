package se.bostadsbryggan.social.casefile;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.bostadsbryggan.web.ProblemException;

/**
 * A refused case file page as a page in the caller's language (e.g. the Swedish 404 page
 * for a client outside the caller's scope), not a problem detail.
 */
@ControllerAdvice(assignableTypes = CaseFilePageController.class)
class CaseFilePageAdvice {

	@ExceptionHandler(ProblemException.class)
	ModelAndView problem(ProblemException ex, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(ex.status());
		page.addObject("code", ex.code());
		page.addObject("arguments", ex.arguments());
		return page;
	}

}

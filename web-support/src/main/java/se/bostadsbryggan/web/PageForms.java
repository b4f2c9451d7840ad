package se.bostadsbryggan.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * A page form's action. It runs only when the form is valid. A refusal of the domain (a
 * {@link ProblemException} other than 404) becomes an error on the form field it
 * concerns, with the problem's own message ({@code problem.<code>.detail}), so that the
 * page is shown again with the form as typed and the message beside the field. A 404
 * stays an error page.
 */
public final class PageForms {

	private PageForms() {
	}

	/**
	 * @param errors the form's binding result
	 * @param action the action, whose refusal concerns the whole form
	 * @param <T> what the action gives
	 * @return what it gave, or empty if the form had errors or the action was refused
	 */
	public static <T> Optional<T> submit(BindingResult errors, Supplier<T> action) {
		return submit(errors, (problem) -> null, action);
	}

	/**
	 * @param errors the form's binding result
	 * @param action an action that gives nothing, whose refusal concerns the whole form
	 * @return whether it ran: {@code false} if the form had errors or the action was
	 * refused
	 */
	public static boolean perform(BindingResult errors, Runnable action) {
		return submit(errors, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * @param errors the form's binding result
	 * @param field the field a refusal concerns
	 * @param action the action
	 * @param <T> what the action gives
	 * @return what it gave, or empty if the form had errors or the action was refused
	 */
	public static <T> Optional<T> submit(BindingResult errors, String field, Supplier<T> action) {
		return submit(errors, (problem) -> field, action);
	}

	/**
	 * @param errors the form's binding result
	 * @param field the field a refusal concerns, chosen by the problem; {@code null} for
	 * the whole form
	 * @param action the action
	 * @param <T> what the action gives
	 * @return what it gave, or empty if the form had errors or the action was refused
	 */
	public static <T> Optional<T> submit(BindingResult errors, Function<ProblemException, String> field,
			Supplier<T> action) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		catch (ProblemException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			String concerned = field.apply(ex);
			if (concerned == null) {
				errors.reject("problem." + ex.code() + ".detail", ex.arguments(), ex.code());
			}
			else {
				errors.rejectValue(concerned, "problem." + ex.code() + ".detail", ex.arguments(), ex.code());
			}
			return Optional.empty();
		}
	}

}

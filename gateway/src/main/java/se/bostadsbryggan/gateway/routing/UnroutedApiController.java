package se.bostadsbryggan.gateway.routing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.bostadsbryggan.web.ProblemException;

/**
 * A path under {@code /api/} that no service's route takes: a 404 problem detail in the
 * caller's language, like the gateway's other API errors. The routes come first (their
 * handler mapping is ordered before the controllers').
 */
@RestController
class UnroutedApiController {

	static final String PROBLEM_CODE = "no-such-api";

	@RequestMapping("/api/**")
	void unrouted() {
		throw ProblemException.notFound(PROBLEM_CODE);
	}

}

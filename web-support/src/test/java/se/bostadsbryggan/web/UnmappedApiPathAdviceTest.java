package se.bostadsbryggan.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UnmappedApiPathAdviceTest {

	private final MockMvc mvc;

	UnmappedApiPathAdviceTest() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ProblemDetailsAdvice problems = new ProblemDetailsAdvice(messages);
		this.mvc = MockMvcBuilders.standaloneSetup(new Things())
			.setControllerAdvice(problems, new UnmappedApiPathAdvice(problems))
			.setLocaleResolver(new LanguageResolver())
			.build();
	}

	@Test
	void anUnknownApiPathIsANotFoundProblemDetailInSwedish() throws Exception {
		this.mvc.perform(get("/api/things/none/such").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Hittades inte"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Det finns inget på den här adressen."));
	}

	@Test
	void anUnknownApiPathIsInEnglishWhenTheCallerAsks() throws Exception {
		this.mvc.perform(get("/api/things/none/such").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("There is nothing at this address."));
	}

	@Test
	void anUnsupportedMethodOnAnApiPathIsAProblemDetail() throws Exception {
		this.mvc.perform(delete("/api/things"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Metoden stöds inte"))
			.andExpect(jsonPath("$.detail").value("Metoden DELETE stöds inte här."));
	}

	@Test
	void anUnknownPageIsLeftToTheDefaultHandling() throws Exception {
		this.mvc.perform(get("/housing/none").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
	}

	@RestController
	static class Things {

		@GetMapping("/api/things")
		List<String> things() {
			return List.of("a thing");
		}

	}

}

package se.bostadsbryggan.allocation.overview;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared workflow's start page: language, structure for assistive technology, the
 * stylesheet and the redirect. What the tables list is tested with the events that fill
 * them.
 */
@ServiceIntegrationTest
class OverviewPageIT {

	@Autowired
	ApiClient api;

	@Test
	void thePageIsInSwedishWithCaptionedTablesAndHeadings() {
		ApiClient.Response page = this.api.get("/allocation/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"sv\"")
			.contains("<h1>Samverkan</h1>")
			.contains("<span class=\"org-badge org-allocation\">Samverkan</span>")
			.contains("<h2 id=\"apartments\">Lediga lägenheter</h2>")
			.contains("<caption>Lägenheter lediga för omflyttning")
			.contains("href=\"/allocation/requests\"")
			.doesNotContain("Bostadsbehov")
			.contains("<th scope=\"col\">Objektnummer</th>")
			.contains("<th scope=\"col\" class=\"num\">Hyra per månad</th>")
			.contains("href=\"#main\"")
			.contains("href=\"/allocation/assets/bb.css\"");
	}

	@Test
	void theHeaderLinksToTheNoticesWithABadgeTheSameOriginScriptFills() {
		String page = this.api.get("/allocation/").body();

		assertThat(page).contains("<a class=\"notices-link\" href=\"/allocation/notifications\"")
			.contains("data-unread-url=\"/api/allocation/notifications/unread-count\"")
			.contains("<span>Aviseringar</span>")
			.contains("<span class=\"notice-count\" hidden data-label=\"olästa\"></span>")
			.contains("<script defer src=\"/allocation/assets/bb-notices.js\"></script>");
		assertThat(this.api.get("/allocation/?lang=en").body()).contains("<span>Notices</span>");
		ApiClient.Response script = this.api.get("/allocation/assets/bb-notices.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.body()).contains("unread");
	}

	@Test
	void thePageIsInEnglishWhenAskedFor() {
		ApiClient.Response page = this.api.get("/allocation/?lang=en");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"en\"")
			.contains("<h1>Collaboration</h1>")
			.contains("Available apartments")
			.doesNotContain("Housing needs");
	}

	@Test
	void withoutATrailingSlashThePageRedirects() {
		ApiClient.Response response = this.api.get("/allocation");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).isEqualTo("/allocation/");
	}

	@Test
	void theSharedStylesheetIsServedUnderTheServicePath() {
		ApiClient.Response css = this.api.get("/allocation/assets/bb.css");

		assertThat(css.status()).isEqualTo(200);
		assertThat(css.body()).contains(".org-allocation");
	}

}

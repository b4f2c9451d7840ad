package se.bostadsbryggan.social.guarantee;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The guarantees page (the active guarantees in the caller's scope, those due for review
 * first and marked) and the yearly overview with its CSV file.
 */
@Controller
class GuaranteePageController {

	private static final List<String> CSV_HEADERS = List.of("overview.year", "overview.csv.guaranteesActive",
			"overview.csv.guaranteesStarted", "overview.csv.guaranteesEnded", "overview.csv.contractsActive",
			"overview.csv.contractsStarted", "overview.csv.contractsEnded");

	private final GuaranteeService guarantees;

	private final GuaranteeOverviewService overview;

	private final MessageSource messages;

	GuaranteePageController(GuaranteeService guarantees, GuaranteeOverviewService overview, MessageSource messages) {
		this.guarantees = guarantees;
		this.overview = overview;
		this.messages = messages;
	}

	@GetMapping("/social/guarantees")
	String list(Model model) {
		List<GuaranteeService.GuaranteeInScope> rows = this.guarantees.activeInScope();
		model.addAttribute("rows", rows);
		model.addAttribute("dueCount", rows.stream().filter(GuaranteeService.GuaranteeInScope::due).count());
		model.addAttribute("reminderDays", this.guarantees.reminderDays());
		return "guarantees/list";
	}

	@GetMapping("/social/guarantees/overview")
	String overview(Model model) {
		Overview overview = this.overview.overview();
		model.addAttribute("overview", overview);
		model.addAttribute("chart", OverviewChart.of(overview));
		return "guarantees/overview";
	}

	@GetMapping("/social/guarantees/overview.csv")
	ResponseEntity<byte[]> export() {
		List<String> headers = CSV_HEADERS.stream()
			.map((key) -> this.messages.getMessage(key, null, LocaleContextHolder.getLocale()))
			.toList();
		byte[] csv = OverviewCsv.write(headers, this.overview.export());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("borgen-och-sociala-kontrakt.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

}

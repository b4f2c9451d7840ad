package se.bostadsbryggan.social.start;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.social.guarantee.GuaranteeService;

/**
 * The caseworker's start page at {@code /social}: own clients, follow-ups, readiness
 * reviews, support decisions and guarantee reviews falling due.
 */
@Controller
class StartPageController {

	private final StartService start;

	private final GuaranteeService guarantees;

	StartPageController(StartService start, GuaranteeService guarantees) {
		this.start = start;
		this.guarantees = guarantees;
	}

	@GetMapping({ "/social", "/social/" })
	String start(Model model) {
		model.addAttribute("page", this.start.startPage());
		model.addAttribute("manager", Actor.current().hasRole("SOCIAL_MANAGER"));
		model.addAttribute("guaranteesToReview", this.guarantees.dueForReview()
			.stream()
			.map((due) -> new Reminder(due.client(), due.guarantee().reviewDate(), due.overdue(), "guarantees", null))
			.toList());
		return "start";
	}

}

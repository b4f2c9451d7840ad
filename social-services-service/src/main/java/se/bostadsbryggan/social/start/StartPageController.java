package se.bostadsbryggan.social.start;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.audit.Actor;

/**
 * The caseworker's start page at {@code /social}: own clients, follow-ups, readiness
 * reviews and support decisions falling due.
 */
@Controller
class StartPageController {

	private final StartService start;

	StartPageController(StartService start) {
		this.start = start;
	}

	@GetMapping({ "/social", "/social/" })
	String start(Model model) {
		model.addAttribute("page", this.start.startPage());
		model.addAttribute("manager", Actor.current().hasRole("SOCIAL_MANAGER"));
		// HOOK (guarantees to review): set "guaranteesToReview" to a List<Reminder>
		// (section "guarantees" of the client page) from the guarantee feature's
		// service, and the start page's section "Borgen att se över" shows it. While
		// the attribute is absent the section is not shown.
		return "start";
	}

}

package se.bostadsbryggan.social.client;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.web.ProblemException;

/**
 * The caseworkers' client pages: the list with search and a registration form, a client's
 * page and the CSV export, each within the caller's scope.
 */
@Controller
class ClientPageController {

	private static final List<String> CSV_HEADERS = List.of("clients.csv.personalIdentityNumber", "clients.csv.name",
			"clients.csv.caseworker", "clients.csv.unit", "clients.csv.registeredAt");

	private final ClientService clients;

	private final MessageSource messages;

	ClientPageController(ClientService clients, MessageSource messages) {
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/social/clients")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String closed, Model model) {
		model.addAttribute("form", new RegisterClient(null, null, null, null, null, null, false));
		model.addAttribute("closed", "true".equals(closed));
		return page(q, model);
	}

	@PostMapping("/social/clients/{id}/case/close")
	String closeCase(@PathVariable UUID id, @Valid CloseCase form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addAttribute("caseRefused", "case-closed-on-required");
		}
		else {
			try {
				this.clients.closeCase(id, form);
				redirect.addAttribute("saved", "caseClosed");
			}
			catch (ProblemException ex) {
				if (ex.status().value() == 404) {
					throw ex;
				}
				redirect.addAttribute("caseRefused", ex.code());
			}
		}
		return "redirect:/social/clients/" + id;
	}

	@PostMapping("/social/clients/{id}/case/reopen")
	String reopenCase(@PathVariable UUID id, RedirectAttributes redirect) {
		this.clients.reopenCase(id);
		redirect.addAttribute("saved", "caseReopened");
		return "redirect:/social/clients/" + id;
	}

	@PostMapping("/social/clients")
	String register(@Valid @ModelAttribute("form") RegisterClient form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ClientView client = this.clients.register(form);
				redirect.addAttribute("registered", "true");
				return "redirect:/social/clients/" + client.id();
			}
			catch (ProblemException ex) {
				switch (ex.code()) {
					case "client-exists" ->
						errors.rejectValue("personalIdentityNumber", "client.personalIdentityNumber.taken");
					case "caseworker-required" -> errors.rejectValue("caseworkerId", "client.caseworkerId.required");
					default -> errors.rejectValue("caseworkerId", "client.caseworkerId.notInUnit");
				}
			}
		}
		return page(null, model);
	}

	@GetMapping("/social/clients/export.csv")
	ResponseEntity<byte[]> export() {
		List<String> headers = CSV_HEADERS.stream()
			.map((key) -> this.messages.getMessage(key, null, LocaleContextHolder.getLocale()))
			.toList();
		String hidden = this.messages.getMessage("client.protectedIdentity.placeholder", null,
				LocaleContextHolder.getLocale());
		byte[] csv = ClientsCsv.write(headers, this.clients.export(), hidden);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("klienter.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

	private String page(String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("clients", this.clients.list(q, Boolean.TRUE.equals(model.getAttribute("closed"))));
		model.addAttribute("caseworkers", this.clients.caseworkersToChoose());
		model.addAttribute("manager", Actor.current().hasRole("SOCIAL_MANAGER"));
		return "clients/list";
	}

}

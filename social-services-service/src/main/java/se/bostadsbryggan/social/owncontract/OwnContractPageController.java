package se.bostadsbryggan.social.owncontract;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.web.ProblemException;

/**
 * The forms of the client page's section "Eget kontrakt": approve a takeover, mark and
 * unmark a lasting solution. A refusal the caseworker can act on goes back to the page
 * with its reason; a saved form goes back to the section.
 */
@Controller
class OwnContractPageController {

	private final OwnContractService ownContracts;

	OwnContractPageController(OwnContractService ownContracts) {
		this.ownContracts = ownContracts;
	}

	@PostMapping("/social/clients/{id}/own-contract/{leaseId}/approval")
	String approve(@PathVariable UUID id, @PathVariable UUID leaseId, RedirectAttributes redirect) {
		try {
			this.ownContracts.approve(id, leaseId);
			redirect.addAttribute("saved", "takeoverApproved");
		}
		catch (ProblemException ex) {
			if (ex.status().value() != 409) {
				throw ex;
			}
			redirect.addAttribute("ownContractRefused", ex.code());
		}
		return "redirect:/social/clients/" + id + "#own-contract";
	}

	@PostMapping("/social/clients/{id}/lasting-solutions")
	String markLasting(@PathVariable UUID id, @RequestParam(required = false) String objectNumber,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate reviewOn,
			RedirectAttributes redirect) {
		if (objectNumber == null || objectNumber.isBlank() || reason == null || reason.isBlank()
				|| reason.length() > 1000) {
			redirect.addAttribute("ownContractRefused", "lasting-reason-required");
			return "redirect:/social/clients/" + id + "#own-contract";
		}
		try {
			this.ownContracts.markLasting(id, new MarkLastingSolution(objectNumber, reason, reviewOn));
			redirect.addAttribute("saved", "lastingMarked");
		}
		catch (ProblemException ex) {
			if (ex.status().value() != 409) {
				throw ex;
			}
			redirect.addAttribute("ownContractRefused", ex.code());
		}
		return "redirect:/social/clients/" + id + "#own-contract";
	}

	@PostMapping("/social/clients/{id}/lasting-solutions/{markId}/unmark")
	String unmarkLasting(@PathVariable UUID id, @PathVariable UUID markId, RedirectAttributes redirect) {
		this.ownContracts.unmarkLasting(id, markId);
		redirect.addAttribute("saved", "lastingUnmarked");
		return "redirect:/social/clients/" + id + "#own-contract";
	}

}

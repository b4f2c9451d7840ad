package se.bostadsbryggan.gateway.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;

/**
 * The administrators' pages ({@code ADMIN} only): the list of accounts (showing which log
 * in through the OpenID Connect provider), and forms to create an account, disable or
 * enable it, reset its password (local accounts only), change its roles and set its unit.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

	private final UserAdministration administration;

	AdminUsersController(UserAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("organisations", Organisation.values());
		model.addAttribute("allRoles", Role.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return page(model, List.of());
	}

	@PostMapping
	String create(@AuthenticationPrincipal AccountUser admin, @Valid @ModelAttribute("form") NewUserForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(model, List.of());
		}
		List<String> problems = this.administration.create(admin, form.username(), form.displayName(),
				form.organisation(), form.roles(), form.unit(), form.password());
		if (!problems.isEmpty()) {
			return page(model, problems);
		}
		redirect.addFlashAttribute("done", "admin.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal AccountUser admin, @PathVariable UUID id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		if (!this.administration.setEnabled(admin, id, enabled)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", enabled ? "admin.enabled" : "admin.disabled");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal AccountUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
		List<String> problems = this.administration.resetPassword(admin, id, password);
		if (!problems.isEmpty()) {
			model.addAttribute("form", NewUserForm.empty());
			return page(model, problems);
		}
		redirect.addFlashAttribute("done", "admin.password-reset");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/unit")
	String setUnit(@AuthenticationPrincipal AccountUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String unit, Model model, RedirectAttributes redirect) {
		if (unit.strip().length() > 200) {
			model.addAttribute("form", NewUserForm.empty());
			return page(model, List.of("admin.unit.too-long"));
		}
		if (!this.administration.setUnit(admin, id, unit)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "admin.unit-changed");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@AuthenticationPrincipal AccountUser admin, @PathVariable UUID id,
			@RequestParam(name = "roles", required = false) Set<Role> roles, Model model, RedirectAttributes redirect) {
		Set<Role> chosen = (roles != null && !roles.isEmpty()) ? EnumSet.copyOf(roles) : Set.of();
		List<String> problems = this.administration.changeRoles(admin, id, chosen);
		if (!problems.isEmpty()) {
			model.addAttribute("form", NewUserForm.empty());
			return page(model, problems);
		}
		redirect.addFlashAttribute("done", "admin.roles-changed");
		return "redirect:/admin/users";
	}

	private String page(Model model, List<String> problems) {
		model.addAttribute("accounts", this.administration.accounts());
		model.addAttribute("problems", problems);
		return "admin/users";
	}

}

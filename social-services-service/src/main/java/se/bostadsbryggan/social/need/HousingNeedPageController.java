package se.bostadsbryggan.social.need;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseworkers' housing need page: the registered needs and a form to register one.
 */
@Controller
class HousingNeedPageController {

	private final HousingNeedService needs;

	HousingNeedPageController(HousingNeedService needs) {
		this.needs = needs;
	}

	@GetMapping("/social/housing-needs")
	String list(@RequestParam(required = false) String registered, Model model) {
		model.addAttribute("form", new RegisterHousingNeed(null, null));
		if (registered != null) {
			model.addAttribute("notice", "housingNeed.registered");
			model.addAttribute("noticeArgument", registered);
		}
		return page(model);
	}

	@PostMapping("/social/housing-needs")
	String register(@Valid @ModelAttribute("form") RegisterHousingNeed form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model);
		}
		HousingNeed need = this.needs.register(form);
		redirect.addAttribute("registered", need.shortReference());
		return "redirect:/social/housing-needs";
	}

	private String page(Model model) {
		model.addAttribute("needs", this.needs.visible());
		return "housing-needs/list";
	}

}

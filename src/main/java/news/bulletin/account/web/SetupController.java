package news.bulletin.account.web;

import jakarta.validation.Valid;
import news.bulletin.account.OwnerSetup;
import news.bulletin.shared.NotFoundException;
import news.bulletin.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The first-run page where the owner creates the administrator account. */
@Controller
class SetupController {
    private final OwnerSetup setup;

    SetupController(OwnerSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model) {
        requireValid(token);
        model.addAttribute("page", new SetupPage(token, SetupForm.empty(), FormErrors.none()));
        return "account/setup";
    }

    @PostMapping("/setup/{token}")
    String create(
            @PathVariable String token, @Valid @ModelAttribute SetupForm form, BindingResult binding, Model model) {
        requireValid(token);
        if (binding.hasErrors()) {
            var errors = FormErrors.of(binding).rename("confirmPasswordMatching", "confirmPassword");
            model.addAttribute("page", new SetupPage(token, form, errors));
            return "account/setup";
        }
        setup.complete(token, form.name(), form.email(), form.password());
        return "redirect:/login?welcome";
    }

    private void requireValid(String token) {
        if (!setup.accepts(token)) {
            throw new NotFoundException("unknown or used set-up link");
        }
    }
}

package news.bulletin.account.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import news.bulletin.account.PasswordPolicy;
import news.bulletin.account.Registration;
import news.bulletin.web.FormErrors;
import news.bulletin.web.ReturnPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up at {@code /register}. Every answer is the same "check your email" page, whether the
 * address was new or taken; the confirmation link signs the reader in.
 */
@Controller
class RegisterController {
    private final Registration registration;
    private final PasswordPolicy passwords;

    RegisterController(Registration registration, PasswordPolicy passwords) {
        this.registration = registration;
        this.passwords = passwords;
    }

    @GetMapping("/register")
    String form(@RequestParam(name = "return", required = false) @Nullable String returnTo, Model model) {
        model.addAttribute(
                "page", new RegisterPage(RegisterForm.returningTo(ReturnPaths.safe(returnTo)), FormErrors.none()));
        return "account/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute RegisterForm form, BindingResult binding, Model model) {
        String returnTo = ReturnPaths.safe(form.returnTo());
        if (!form.website().isEmpty()) {
            return "redirect:/register/sent";
        }
        FormErrors errors = withPasswordProblem(FormErrors.of(binding), form);
        if (errors.any()) {
            model.addAttribute("page", new RegisterPage(form, errors));
            return "account/register";
        }
        registration.register(form.name(), form.email(), form.password(), returnTo);
        return "redirect:/register/sent";
    }

    private FormErrors withPasswordProblem(FormErrors errors, RegisterForm form) {
        return passwords
                .problem(form.password(), form.email())
                .map(problem -> {
                    Map<String, String> all = new LinkedHashMap<>(errors.byField());
                    all.putIfAbsent("password", problem);
                    return new FormErrors(Map.copyOf(all));
                })
                .orElse(errors);
    }

    /** The same answer whether the address was new, taken, or the form was filled in by a bot. */
    @GetMapping("/register/sent")
    String checkEmail(Model model) {
        model.addAttribute(
                "page",
                new CheckEmailPage(
                        "Check your email",
                        "We have sent a link to the address you gave. Open it within 48 hours to confirm the address"
                                + " and sign in; then you can comment."));
        return "account/checkEmail";
    }
}

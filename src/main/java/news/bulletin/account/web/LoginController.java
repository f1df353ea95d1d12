package news.bulletin.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the sign-in form; Spring Security handles the POST. */
@Controller
class LoginController {
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String welcome,
            @RequestParam(required = false) String logout,
            Model model) {
        model.addAttribute("page", new LoginPage(error != null, welcome != null, logout != null));
        return "account/login";
    }
}

package news.bulletin.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a reader types to sign up.
 *
 * @param website the honeypot: hidden from people, filled in by bots
 * @param returnTo where to come back to after confirming the address
 */
public record RegisterForm(
        @NotBlank(message = "Enter the name to show with your comments.")
        @Size(max = 80, message = "Keep your name under 80 characters.")
        String name,

        @NotBlank(message = "Enter your email address.")
        @Email(message = "Enter an email address like name@example.com.")
        @Size(max = 254, message = "That email address is too long.")
        String email,

        String password,
        String website,
        String returnTo) {

    public RegisterForm {
        name = name == null ? "" : name.trim();
        email = email == null ? "" : email.trim();
        password = password == null ? "" : password;
        website = website == null ? "" : website;
        returnTo = returnTo == null ? "" : returnTo;
    }

    static RegisterForm returningTo(String path) {
        return new RegisterForm("", "", "", "", path);
    }
}

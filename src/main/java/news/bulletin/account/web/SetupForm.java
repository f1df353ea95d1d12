package news.bulletin.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the owner types on the set-up page. */
public record SetupForm(
        @NotBlank(message = "Enter your name.") @Size(max = 100, message = "Keep your name under 100 characters.")
        String name,

        @NotBlank(message = "Enter your email address.")
        @Email(message = "Enter an email address like name@example.com.")
        @Size(max = 254, message = "That email address is too long.")
        String email,

        @Size(min = 10, max = 128, message = "Use between 10 and 128 characters.")
        String password,

        String confirmPassword) {

    public static SetupForm empty() {
        return new SetupForm("", "", "", "");
    }

    public SetupForm {
        name = name == null ? "" : name.trim();
        email = email == null ? "" : email.trim();
        password = password == null ? "" : password;
        confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }

    @AssertTrue(message = "The two passwords differ.")
    public boolean isConfirmPasswordMatching() {
        return password.equals(confirmPassword);
    }
}

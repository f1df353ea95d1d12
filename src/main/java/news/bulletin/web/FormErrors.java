package news.bulletin.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The problems of a rejected form, one message per field, ready to print next to each field. */
public record FormErrors(Map<String, String> byField) {
    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /** Keeps the first message of each field, in the order the fields were validated. */
    public static FormErrors of(BindingResult binding) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            messages.putIfAbsent(
                    error.getField(), error.isBindingFailure() ? "This value is not valid." : message(error));
        }
        return new FormErrors(Map.copyOf(messages));
    }

    /** Moves a message from a derived property (such as a cross-field check) to the field it concerns. */
    public FormErrors rename(String from, String to) {
        if (!byField.containsKey(from)) {
            return this;
        }
        Map<String, String> messages = new LinkedHashMap<>(byField);
        String message = messages.remove(from);
        messages.putIfAbsent(to, message);
        return new FormErrors(Map.copyOf(messages));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public @Nullable String get(String field) {
        return byField.get(field);
    }

    private static String message(FieldError error) {
        String message = error.getDefaultMessage();
        return message == null ? "This value is not valid." : message;
    }
}

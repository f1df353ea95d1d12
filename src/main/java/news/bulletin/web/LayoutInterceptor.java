package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.bulletin.shared.ContentKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the {@link Layout} to the model of every page about to be rendered, and only then: redirects,
 * images and error pages never pay for the navigation query.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {
    private final Layouts layouts;

    LayoutInterceptor(Layouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView != null
                && modelAndView.getViewName() != null
                && !modelAndView.getViewName().startsWith("redirect:")) {
            modelAndView.addObject("layout", layouts.forPage(request));
            if (PageKeys.tagged(request)) {
                PageKeys.add(request, ContentKeys.SITE, ContentKeys.SECTIONS);
            }
        }
    }
}

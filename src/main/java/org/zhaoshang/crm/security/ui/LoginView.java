package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.zhaoshang.crm.base.ui.LanguageSwitch;

/** 登录: Chinese login form; says why a login failed (wrong password, locked, disabled). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        Div card = new Div(title, subtitle, login, new Span(getTranslation("login.hint")), new LanguageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setI18n(i18n(null));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setI18n(i18n(lastFailureMessageKey()));
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle") + " | " + getTranslation("app.title");
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.formTitle"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.badCredentials" : errorKey));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    /** Spring Security leaves the failure in the session; it tells a lock-out from a wrong password. */
    private static String lastFailureMessageKey() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return "login.error.locked";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        return "login.error.badCredentials";
    }
}

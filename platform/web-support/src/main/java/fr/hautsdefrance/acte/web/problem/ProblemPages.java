package fr.hautsdefrance.acte.web.problem;

import java.util.Optional;

/**
 * The web page a browser gets for a problem. A service with pages of its own provides one (a bean, kept with
 * {@code @Unremovable}) to show refusals inside its layout, with its menus; without one, or when it declines
 * (an API address, a page that cannot be drawn), the platform's plain page answers.
 */
public interface ProblemPages {

    Optional<String> render(Problem problem);
}

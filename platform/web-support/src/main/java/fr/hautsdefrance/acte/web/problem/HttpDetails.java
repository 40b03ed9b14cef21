package fr.hautsdefrance.acte.web.problem;

/** What a person can do about the plain HTTP refusals. */
final class HttpDetails {

    private HttpDetails() {
    }

    /** The refusal's name, in French: people read it as the page's title. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Requête incorrecte";
            case 401 -> "Connexion requise";
            case 403 -> "Accès refusé";
            case 404 -> "Page introuvable";
            case 405 -> "Méthode non acceptée";
            case 406 -> "Format de réponse indisponible";
            case 409 -> "Conflit";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Format non accepté";
            default -> "Erreur " + status;
        };
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "La requête est incorrecte.";
            case 401 -> "Connectez-vous pour accéder à cette ressource : le jeton d'accès est absent, expiré ou invalide.";
            case 403 -> "Votre compte n'a pas accès à cette ressource.";
            case 404 -> "Cette ressource n'existe pas ou n'est pas accessible avec votre compte.";
            case 405 -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
            case 406 -> "Le format de réponse demandé n'est pas disponible (utilisez application/json).";
            case 413 -> "La requête est trop volumineuse.";
            case 415 -> "Le format envoyé n'est pas accepté (utilisez application/json).";
            default -> "La requête n'a pas pu être traitée.";
        };
    }
}

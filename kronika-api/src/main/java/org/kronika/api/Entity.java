package org.kronika.api;

import java.util.List;

/**
 * One real-world entity named in a document, with all its mentions.
 *
 * @param id document-local id ({@code E1}, {@code E2}, …)
 * @param type NKJP type: {@code persName}, {@code orgName}, {@code placeName} with an optional
 *     subtype ({@code placeName.country}, {@code .settlement}, {@code .region}, {@code .district},
 *     {@code .bloc}), {@code geogName}
 * @param name canonical base form (nominative singular, in the document's language)
 * @param code ISO 3166-1 alpha-3 for countries; another stable identifier where known; else null
 * @param role for persons, a role the text or an actor dictionary gives ("Secretary of State"); else null
 * @param country for persons and organisations, the alpha-3 code of the state they belong to; else null
 */
public record Entity(
    String id, String type, String name, String code, String role, String country,
    List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}

package io.terrain.dashboards.api;

/** Where the customer was in contact: at the store or branch, by phone, mail, chat, on the web, elsewhere. */
public enum FeedbackChannel {
    STORE,
    PHONE,
    MAIL,
    CHAT,
    WEB,
    OTHER
}

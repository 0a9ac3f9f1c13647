package io.github.planesdk.request;

import io.github.planesdk.PlaneCall;

/** What a walk does to each page's call: nothing, or give it the caller's per-call options. */
final class PageCalls {
  private static final PageCalls NONE = new PageCalls(null);

  private final RequestOptions options;

  private PageCalls(RequestOptions options) {
    this.options = options;
  }

  static PageCalls none() {
    return NONE;
  }

  /** Checked when the walk is made, so a null fails before the first page is asked for. */
  static PageCalls with(RequestOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    return new PageCalls(options);
  }

  <P> PlaneCall<P> apply(PlaneCall<P> call) {
    return options == null ? call : call.withOptions(options);
  }
}

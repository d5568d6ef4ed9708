// Lightbox for article galleries. Progressive enhancement: without this script every thumbnail
// links to its full image. With it, a modal <dialog> shows the photo with caption, credit and
// position ("3 / 9"), announced to screen readers, and the photo's download link with the terms;
// arrows and swipes move, Esc closes, focus stays inside and returns to the thumbnail it came from.
// No inline styles or scripts (strict CSP).
(function () {
  "use strict";

  function text(tag, className, content) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (content) element.textContent = content;
    return element;
  }

  function button(className, label, symbol) {
    var element = text("button", className, symbol);
    element.type = "button";
    element.setAttribute("aria-label", label);
    return element;
  }

  function setupGallery(list) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a.gallery-link"));
    if (links.length === 0 || typeof HTMLDialogElement !== "function") return;
    var section = list.closest("section");
    var termsLink = section ? section.querySelector(".photo-terms a") : null;

    var items = links.map(function (link) {
      var figure = link.closest("figure");
      var image = link.querySelector("img");
      var source = link.querySelector("source");
      return {
        link: link,
        href: link.getAttribute("href"),
        srcset: image.getAttribute("srcset"),
        webp: source ? source.getAttribute("srcset") : null,
        alt: image.getAttribute("alt") || "",
        width: image.getAttribute("width"),
        height: image.getAttribute("height"),
        caption: figure.querySelector(".caption").textContent,
        credit: figure.querySelector(".credit").textContent,
        download: figure.querySelector("a.photo-download")
      };
    });

    // The words come from the page, in its language (data-text-* on the list).
    var words = list.dataset;
    var dialog = text("dialog", "lightbox");
    dialog.setAttribute("aria-label", words.textGallery);
    var close = button("lightbox-close", words.textClose, "×");
    var previous = button("lightbox-prev", words.textPrevious, "‹");
    var next = button("lightbox-next", words.textNext, "›");
    var stage = text("div", "lightbox-stage");
    var picture = document.createElement("picture");
    var webp = document.createElement("source");
    webp.type = "image/webp";
    var image = document.createElement("img");
    image.className = "lightbox-image";
    image.decoding = "async";
    picture.appendChild(webp);
    picture.appendChild(image);
    stage.appendChild(picture);
    var info = text("div", "lightbox-info");
    // One live region for caption, credit and counter, read as one sentence on every change.
    info.setAttribute("aria-live", "polite");
    info.setAttribute("aria-atomic", "true");
    var position = text("p", "lightbox-position");
    var counter = text("span", "lightbox-counter");
    counter.setAttribute("aria-hidden", "true");
    var spoken = text("span", "visually-hidden");
    position.appendChild(counter);
    position.appendChild(spoken);
    var caption = text("p", "lightbox-caption");
    var credit = text("p", "lightbox-credit");
    // Download and terms outside the live region: links are not read out on every step.
    var downloads = text("p", "lightbox-downloads");
    var download = text("a", "lightbox-download");
    download.setAttribute("download", "");
    var terms = termsLink ? text("a", "lightbox-terms", termsLink.textContent) : null;
    downloads.appendChild(download);
    if (terms) {
      terms.href = termsLink.getAttribute("href");
      downloads.appendChild(terms);
    }
    info.appendChild(position);
    info.appendChild(caption);
    info.appendChild(credit);
    dialog.appendChild(close);
    dialog.appendChild(stage);
    dialog.appendChild(info);
    dialog.appendChild(downloads);
    dialog.appendChild(previous);
    dialog.appendChild(next);
    document.body.appendChild(dialog);

    var current = 0;

    function show(index) {
      current = (index + items.length) % items.length;
      var item = items[current];
      if (item.webp) {
        webp.srcset = item.webp;
        webp.sizes = "100vw";
      } else {
        webp.removeAttribute("srcset");
      }
      image.removeAttribute("srcset");
      image.src = item.href;
      if (item.srcset) {
        image.srcset = item.srcset;
        image.sizes = "100vw";
      }
      image.alt = item.alt;
      if (item.width && item.height) {
        image.width = Number(item.width);
        image.height = Number(item.height);
      }
      counter.textContent = (current + 1) + " / " + items.length;
      spoken.textContent = words.textPosition.replace("{0}", String(current + 1)).replace("{1}", String(items.length));
      caption.textContent = item.caption;
      credit.textContent = item.credit;
      downloads.hidden = !item.download;
      if (item.download) {
        download.href = item.download.getAttribute("href");
        download.textContent = item.download.textContent;
      }
      var single = items.length < 2;
      previous.hidden = single;
      next.hidden = single;
    }

    function open(index) {
      show(index);
      dialog.showModal();
      close.focus();
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        open(index);
      });
    });

    close.addEventListener("click", function () { dialog.close(); });
    previous.addEventListener("click", function () { show(current - 1); });
    next.addEventListener("click", function () { show(current + 1); });

    // Focus goes back to the thumbnail of the photo last shown, so keyboard users keep their place.
    dialog.addEventListener("close", function () { items[current].link.focus(); });

    // A click on the dark backdrop (the dialog element itself, outside its content) closes.
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close();
    });

    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowRight") {
        event.preventDefault();
        show(current + 1);
      } else if (event.key === "ArrowLeft") {
        event.preventDefault();
        show(current - 1);
      } else if (event.key === "Home") {
        event.preventDefault();
        show(0);
      } else if (event.key === "End") {
        event.preventDefault();
        show(items.length - 1);
      } else if (event.key === "Tab") {
        // Keep Tab inside the dialog: cycle through its visible buttons and links.
        var focusable = [close, download, terms, previous, next].filter(function (b) { return b && !b.hidden && !b.parentNode.hidden; });
        var at = focusable.indexOf(document.activeElement);
        event.preventDefault();
        var step = event.shiftKey ? -1 : 1;
        focusable[(at + step + focusable.length) % focusable.length].focus();
      }
    });

    // Swipe: a mostly horizontal move of 40 px or more steps through the photos.
    var startX = null;
    var startY = null;
    stage.addEventListener("pointerdown", function (event) {
      startX = event.clientX;
      startY = event.clientY;
    });
    stage.addEventListener("pointerup", function (event) {
      if (startX === null) return;
      var dx = event.clientX - startX;
      var dy = event.clientY - startY;
      startX = null;
      if (Math.abs(dx) >= 40 && Math.abs(dx) > Math.abs(dy)) {
        show(current + (dx < 0 ? 1 : -1));
      }
    });
    stage.addEventListener("pointercancel", function () { startX = null; });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-gallery]"), setupGallery);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

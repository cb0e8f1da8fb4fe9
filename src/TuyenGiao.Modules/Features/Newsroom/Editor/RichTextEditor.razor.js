// The back-office WYSIWYG editor: TinyMCE 6.8 (MIT), vendored under wwwroot/lib/tinymce.
// Everything that needs knowledge (legacy encodings, clean-up) runs on the server; this file only
// moves HTML between TinyMCE and the Blazor component. Large HTML goes as a stream (the circuit's
// message size limit is 32 KB).
const base = new URL('_content/TuyenGiao.Modules/lib/tinymce/', document.baseURI).href;
let loading = null;

function loadTinyMce() {
    if (window.tinymce) {
        return Promise.resolve();
    }

    if (!loading) {
        loading = new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = base + 'tinymce.min.js';
            script.onload = () => resolve();
            script.onerror = () => reject(new Error('tinymce could not be loaded'));
            document.head.appendChild(script);
        });
    }

    return loading;
}

function stream(html) {
    return DotNet.createJSStreamReference(new TextEncoder().encode(html ?? ''));
}

export async function create(host, dotnet, options) {
    await loadTinyMce();
    const target = document.createElement('textarea');
    target.id = options.id;
    host.appendChild(target);
    const state = { dotnet, editor: null, timer: 0, lastSent: options.value ?? '', pastedHtml: null, disposed: false, unitId: options.unitId ?? 0, bookmark: null };

    const send = async () => {
        clearTimeout(state.timer);
        state.timer = 0;
        if (!state.editor || state.disposed) {
            return;
        }

        const html = state.editor.getContent();
        if (html === state.lastSent) {
            return;
        }

        state.lastSent = html;
        await dotnet.invokeMethodAsync('OnContentChanged', stream(html));
    };
    state.flush = send;

    const schedule = () => {
        clearTimeout(state.timer);
        state.timer = setTimeout(send, 300);
    };

    const [editor] = await tinymce.init({
        target,
        base_url: base.replace(/\/$/, ''),
        suffix: '.min',
        language: 'vi',
        language_url: base + 'langs/vi.js',
        menubar: false,
        branding: false,
        promotion: false,
        elementpath: false,
        plugins: 'lists advlist table link image code autolink fullscreen',
        toolbar: 'undo redo | blocks | bold italic underline | bullist numlist | alignleft aligncenter alignright alignjustify | link ' + (options.library ? 'tgLibrary ' : '') + 'image table | tgLegacy | removeformat code fullscreen',
        toolbar_mode: 'wrap',
        block_formats: options.blockFormats,
        height: options.height,
        min_height: 280,
        resize: true,
        convert_urls: false,
        relative_urls: false,
        paste_data_images: true,
        // A pasted or dropped image file goes to the unit's media library through the upload API
        // (content-checked, re-encoded); without a unit, or when the upload cannot be made, it stays
        // a data: image that the server moves to the library when the post is saved.
        automatic_uploads: !!options.library,
        images_upload_handler: options.library ? (blobInfo, progress) => upload(state, options, blobInfo, progress) : undefined,
        image_description: true,
        paste_webkit_styles: 'none',
        paste_remove_styles_if_webkit: true,
        table_default_attributes: { border: '1' },
        table_default_styles: { 'border-collapse': 'collapse', width: '100%' },
        content_style: 'body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 16px; line-height: 1.6; } table td, table th { border: 1px solid #999; padding: 4px; } img { max-width: 100%; height: auto; }',
        setup: (ed) => {
            ed.ui.registry.addButton('tgLegacy', {
                text: options.legacyButton,
                tooltip: options.legacyButton,
                onAction: () => convertLegacy(state),
            });
            if (options.library) {
                ed.ui.registry.addButton('tgLibrary', {
                    icon: 'gallery',
                    text: options.libraryButton,
                    tooltip: options.libraryTooltip,
                    onAction: () => openLibrary(state),
                });
                ed.ui.registry.addMenuItem('tgLibrary', {
                    icon: 'gallery',
                    text: options.libraryButton,
                    onAction: () => openLibrary(state),
                });
            }
            ed.on('PastePostProcess', (e) => {
                state.pastedHtml = e.node.innerHTML;
                // After TinyMCE has inserted it: ask the server whether it is TCVN3/VNI text.
                setTimeout(() => {
                    send();
                    dotnet.invokeMethodAsync('OnPasted', stream(state.pastedHtml));
                }, 0);
            });
            ed.on('input change undo redo SetContent ExecCommand keyup', schedule);
            ed.on('blur', send);
        },
    });
    state.editor = editor;
    editor.setContent(options.value ?? '');
    state.lastSent = editor.getContent();
    host.dataset.ready = 'true';
    return {
        setValue: (value) => setValue(state, value),
        replaceLastPaste: (converted) => replaceLastPaste(state, converted),
        flush: () => state.flush(),
        setUnit: (unitId) => { state.unitId = unitId ?? 0; },
        insertImage: (image) => insertImage(state, image),
        describeImage: (src, alt) => describeImage(state, src, alt),
        dispose: () => dispose(state),
    };
}

async function convertLegacy(state) {
    const editor = state.editor;
    const selection = editor.selection.getContent();
    const whole = !selection || selection.trim() === '';
    const html = whole ? editor.getContent() : selection;
    const converted = await state.dotnet.invokeMethodAsync('ConvertLegacy', stream(html));
    if (converted === null || converted === undefined) {
        return;
    }

    editor.undoManager.transact(() => {
        if (whole) {
            editor.setContent(converted);
        } else {
            editor.selection.setContent(converted);
        }
    });
    await state.flush();
}

/** Replaces the text just pasted (one undo step back) with its converted form. */
async function replaceLastPaste(state, converted) {
    const editor = state.editor;
    editor.undoManager.undo();
    editor.insertContent(converted);
    editor.undoManager.add();
    await state.flush();
}

/** The toolbar button: remembers the cursor, then the Blazor side opens the library dialog. */
function openLibrary(state) {
    state.bookmark = state.editor.selection.getBookmark(2, true);
    state.dotnet.invokeMethodAsync('OpenLibrary');
}

/** Inserts an image chosen in the library dialog where the cursor was. */
async function insertImage(state, image) {
    const editor = state.editor;
    if (!editor) {
        return;
    }

    editor.focus();
    if (state.bookmark) {
        editor.selection.moveToBookmark(state.bookmark);
        state.bookmark = null;
    }

    const attributes = { src: image.src, alt: image.alt };
    if (image.width && image.height) {
        attributes.width = String(image.width);
        attributes.height = String(image.height);
    }

    // A picture of a news story stands on its own line: inserted in the middle or at the end of a
    // paragraph it goes into a paragraph of its own (TinyMCE splits the text around it).
    editor.insertContent(editor.dom.createHTML('p', {}, editor.dom.createHTML('img', attributes)));
    editor.undoManager.add();
    await state.flush();
}

/** Gives the images showing <src> (just pasted and uploaded) their alt text. */
async function describeImage(state, src, alt) {
    const editor = state.editor;
    if (!editor) {
        return;
    }

    editor.undoManager.transact(() => {
        for (const img of editor.dom.select('img')) {
            if (img.getAttribute('src') === src) {
                editor.dom.setAttrib(img, 'alt', alt);
            }
        }
    });
    await state.flush();
}

/** The antiforgery token the back-office pages carry (the sign-out form), sent along with uploads. */
function antiforgeryToken() {
    const input = document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : null;
}

/**
 * TinyMCE's images_upload_handler: posts a pasted or dropped image to POST /api/v1/media (the
 * signed-in cookie, same origin) for the editor's unit. A refusal (400/413: not an image, too big)
 * removes the image and shows the server's Vietnamese reason; without a unit or on any other failure
 * (network, session) the image stays as data, which the server moves into the library on save.
 */
function upload(state, options, blobInfo, progress) {
    return new Promise((resolve, reject) => {
        const keepAsData = () => resolve('data:' + blobInfo.blob().type + ';base64,' + blobInfo.base64());
        if (!state.unitId) {
            keepAsData();
            return;
        }

        const blob = blobInfo.blob();
        const form = new FormData();
        form.append('unitId', String(state.unitId));
        form.append('file', blob, blob.name || blobInfo.filename());
        const xhr = new XMLHttpRequest();
        xhr.open('POST', new URL('api/v1/media', document.baseURI).href);
        xhr.withCredentials = true;
        xhr.setRequestHeader('Accept', 'application/json');
        const token = antiforgeryToken();
        if (token) {
            xhr.setRequestHeader('RequestVerificationToken', token);
        }

        xhr.upload.onprogress = (e) => {
            if (e.lengthComputable) {
                progress(e.loaded / e.total * 100);
            }
        };
        xhr.onerror = keepAsData;
        xhr.onload = () => {
            let body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch {
                body = null;
            }

            if (xhr.status === 200 || xhr.status === 201) {
                const src = body && (body.cardUrl || body.url);
                if (!src) {
                    keepAsData();
                    return;
                }

                resolve(src);
                setTimeout(() => state.flush && state.flush(), 0);
                if (!body.altText) {
                    // Ask for the alt text once TinyMCE has put the address in place.
                    setTimeout(() => state.dotnet.invokeMethodAsync('OnImageUploaded', body.id, src), 0);
                }
                return;
            }

            if (xhr.status === 400 || xhr.status === 413) {
                // Refused by the content checks: the image goes, the reason shows.
                reject({ message: (body && (body.detail || body.title)) || options.uploadFailed, remove: true });
                // TinyMCE drops the image without a change event: send the body now, or a save right
                // after the refusal would still carry the refused picture (and be refused in turn).
                setTimeout(() => state.flush && state.flush(), 0);
                return;
            }

            keepAsData();
        };
        xhr.send(form);
    });
}

function setValue(state, value) {
    if (!state.editor) {
        return;
    }

    state.editor.setContent(value ?? '');
    state.lastSent = state.editor.getContent();
}

function dispose(state) {
    state.disposed = true;
    clearTimeout(state.timer);
    if (state.editor) {
        state.editor.remove();
        state.editor = null;
    }
}

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
    const state = { dotnet, editor: null, timer: 0, lastSent: options.value ?? '', pastedHtml: null, disposed: false };

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
        toolbar: 'undo redo | blocks | bold italic underline | bullist numlist | alignleft aligncenter alignright alignjustify | link image table | tgLegacy | removeformat code fullscreen',
        toolbar_mode: 'wrap',
        block_formats: options.blockFormats,
        height: options.height,
        min_height: 280,
        resize: true,
        convert_urls: false,
        relative_urls: false,
        paste_data_images: true,
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

/// The holder page's style sheet: one column at phone width, a grid of
/// cards on a laptop, larger type on a projector-sized window; system
/// fonts only, so it works offline.
enum HolderStyle {
    static let text = #"""
        :root {
          color-scheme: light;
          --ink: #1b1a2a; --muted: #4f4e63; --line: #d6d5e2; --paper: #f4f3f9; --card: #ffffff;
          --accent: #2c3e9c; --accept: #0a6a3b; --fail: #a3161c; --warn: #ffd23f; --focus: #1a5fd8;
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; background: var(--paper); color: var(--ink);
          font-family: system-ui, "DejaVu Sans", "Liberation Sans", sans-serif;
          font-size: 1.0625rem; line-height: 1.5;
        }
        @media (min-width: 70em) { body { font-size: 1.1875rem; } }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; }
        .skip { position: absolute; left: -100vw; top: 0; }
        .skip:focus { left: 1rem; top: 1rem; z-index: 2; background: var(--card); padding: .5rem 1rem; }

        .sandbox-bar { background: repeating-linear-gradient(135deg, var(--warn) 0 12px, var(--ink) 12px 24px); padding: .3rem 0; }
        .sandbox-bar p { margin: 0 auto; max-width: 72rem; padding: .45rem 1rem; background: var(--warn); color: var(--ink); font-size: .9375rem; }
        .sandbox-bar strong { text-transform: uppercase; letter-spacing: .08em; margin-right: .35rem; }

        main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 1rem; }
        h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 .5rem; }
        @media (min-width: 48em) { h1 { font-size: 2.25rem; } }
        h2 { font-size: 1.25rem; margin: 1.75rem 0 .75rem; }
        .lead { font-size: 1.125rem; margin: 0 0 1rem; max-width: 48rem; }
        .lead.done { border-left: .35rem solid var(--accept); padding-left: .75rem; }
        .muted { color: var(--muted); }

        .summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0;
                   background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; }
        .summary div, .facts div { display: contents; }
        .summary dt, .facts dt { color: var(--muted); }
        .summary dd, .facts dd { margin: 0; font-weight: 600; overflow-wrap: break-word; min-width: 0; }
        .summary .muted { font-weight: 400; }
        @media (min-width: 48em) {
          .summary { grid-template-columns: repeat(4, auto); grid-auto-flow: column; grid-template-rows: auto auto; }
        }

        .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem;
                 grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr)); align-items: start; }
        .card article { background: var(--card); border: 1px solid var(--line);
                        border-top: .35rem solid var(--accent); border-radius: .5rem; padding: .85rem 1rem 1rem; }
        .card[data-section="digital_identity"] article { border-top-color: #6b3fa0; }
        .card[data-section="education_items"] article { border-top-color: #2c3e9c; }
        .card[data-section="microcredential_items"] article, .card[data-section="single"] article { border-top-color: #00796b; }
        .card[data-section="english_proficiency_items"] article { border-top-color: #b3541e; }
        .card[data-section="right_to_work_items"] article { border-top-color: #8a6d00; }
        .card[data-section="career_history"] article { border-top-color: #37474f; }
        .card[data-section="universal_credential_items"] article { border-top-color: #ad1457; }
        .card-type { margin: 0; font-size: .8125rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
        .card h3 { margin: .1rem 0 .35rem; font-size: 1.25rem; line-height: 1.25; overflow-wrap: anywhere; }
        .card h4 { margin: .85rem 0 .25rem; font-size: 1rem; }
        .chain { margin: 0 0 .5rem; color: var(--muted); font-style: italic; }
        .facts { display: grid; grid-template-columns: fit-content(45%) 1fr; gap: .15rem .75rem; margin: .25rem 0 0; }

        .subjects, .timeline, .files, .counts { margin: 0; padding: 0; list-style: none; }
        .subjects li { padding: .3rem 0; border-top: 1px solid var(--line); }
        .subject-name { font-weight: 600; margin-right: .4rem; }
        .subject-code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .875rem; color: var(--muted); }
        .subject-details { display: block; font-size: .9375rem; }
        .timeline li { position: relative; padding: .25rem 0 .5rem 1.25rem; border-left: 2px solid var(--line); margin-left: .35rem; }
        .timeline li::before { content: ""; position: absolute; left: -.45rem; top: .6rem; width: .8rem; height: .8rem;
                               border-radius: 50%; background: var(--card); border: 2px solid #37474f; }
        .timeline p { margin: 0; }
        .timeline .role { font-weight: 700; }
        .timeline .when { color: var(--muted); font-size: .9375rem; }
        .counts li { padding: .2rem 0; }

        .file { display: grid; grid-template-columns: auto 1fr; gap: .15rem .6rem; align-items: baseline;
                padding: .45rem 0; border-top: 1px dashed var(--line); }
        .file-type { font-size: .8125rem; font-weight: 700; padding: .05rem .4rem; border-radius: .25rem; background: #e6e5f2; }
        .file-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8125rem; color: var(--muted); overflow-wrap: anywhere; }
        .file-state { grid-column: 1 / -1; font-size: .9375rem; }
        .file[data-state="arrived"] .file-state::before { content: "✓ "; color: var(--accept); font-weight: 700; }
        .file[data-state="waiting"] .file-state { color: var(--muted); }
        .file[data-state="waiting"] .file-state::before { content: "◌ "; }
        .file[data-state="failed"] .file-state { color: var(--fail); }
        .file[data-state="failed"] .file-state::before { content: "✗ "; font-weight: 700; }
        .file-open { grid-column: 1 / -1; justify-self: start; font-weight: 600; }
        .file-open[hidden] { display: none; }

        .decision-note { margin: 1.5rem 0 0; font-size: .9375rem; color: var(--muted); max-width: 48rem; }
        .decision { position: sticky; bottom: 0; margin: .5rem -1rem 0; padding: .6rem 1rem;
                    background: var(--card); border-top: 1px solid var(--line); box-shadow: 0 -.25rem 1rem rgba(0, 0, 0, .1); }
        .buttons { display: flex; gap: .75rem; }
        button { font: inherit; font-size: 1rem; font-weight: 700; min-height: 3rem; padding: .55rem .7rem; border-radius: .5rem; cursor: pointer; }
        button.accept { background: var(--accept); color: #fff; border: 2px solid var(--accept); flex: 1 1 auto; }
        button.decline { background: var(--card); color: var(--ink); border: 2px solid var(--ink); flex: 0 0 auto; }
        button:hover { filter: brightness(1.08); }
        @media (min-width: 48em) {
          .decision { margin: .5rem 0 0; border: 1px solid var(--line); border-radius: .5rem; }
          button { font-size: inherit; }
          button.accept { flex: 0 1 auto; padding: .55rem 1.6rem; }
          button.decline { padding: .55rem 1.6rem; }
        }

        .page-footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1rem 2rem; color: var(--muted); font-size: .875rem; overflow-wrap: anywhere; }
        """#
}

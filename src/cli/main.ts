/** Plainsight's command line: the same core the extension runs, for tools and benchmarks. */
import { parseArgs } from 'node:util';
import { runExtract } from './extract-command.ts';
import { runDeclutter } from './declutter-command.ts';
import { runEntities } from './entities-command.ts';
import { runSummarize } from './summarize-command.ts';

const USAGE = `usage:
  cli extract [--url URL] [--force] FILE...   one JSON line per .html/.html.gz file
  cli extract                                 JSON lines {"id","html","url"?} on stdin
  cli declutter [--url URL] FILE...           blocks declutter would hide, one JSON line per file

  cli entities [FILE...]                      people, places, organisations of .html/.html.gz/.txt files
  cli summarize [--sentences N] [FILE...]     extractive summary (default 3 sentences)
  (entities/summarize with no FILE read JSON lines {"id","text"|"html"} on stdin)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { url: { type: 'string' }, force: { type: 'boolean', default: false } },
      });
      return runExtract({ url: values.url, force: values.force, files: positionals });
    }
    case 'declutter': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { url: { type: 'string' } } });
      return runDeclutter({ url: values.url, files: positionals });
    }
    case 'entities':
      return runEntities(parseArgs({ args: rest, allowPositionals: true, options: {} }).positionals);
    case 'summarize': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { sentences: { type: 'string', default: '3' } } });
      const sentences = Number(values.sentences);
      if (!Number.isInteger(sentences) || sentences < 1 || sentences > 50) {
        process.stderr.write(`--sentences must be a whole number from 1 to 50, not "${values.sentences}"\n`);
        return 2;
      }
      return runSummarize(positionals, sentences);
    }
    default:
      process.stderr.write(`${command ? `unknown command: ${command}\n` : ''}${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

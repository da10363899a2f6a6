/** Plainsight's command line: the same core the extension runs, for tools and benchmarks. */
import { parseArgs } from 'node:util';
import { runExtract } from './extract-command.ts';
import { runDeclutter } from './declutter-command.ts';

const USAGE = `usage:
  cli extract [--url URL] [--force] FILE...   one JSON line per .html/.html.gz file
  cli extract                                 JSON lines {"id","html","url"?} on stdin
  cli declutter [--url URL] FILE...           blocks declutter would hide, one JSON line per file`;

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

// Prints the text of the PDF on stdin as JSON, as pdf-parse (pdf.js) extracts it. A child process of
// its own, because pdf.js loads its worker with a dynamic import that Jest's module sandbox refuses.
const { Buffer } = require('node:buffer');
const { PDFParse } = require('pdf-parse');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const { text } = await parser.getText();
    process.stdout.write(JSON.stringify(text));
  } finally {
    await parser.destroy();
  }
});

#!/bin/bash
# make_repros.sh BIN: after ./run.sh BIN, build repro/NN-name/docs/ from corpus/ files and record each command with its output
# in repro/NN-name/README.md (and repro/INDEX.md).
BIN=${1:?usage: make_repros.sh BIN}
cd "$(dirname "$0")"
rm -rf repro; mkdir repro
export OMP_THREAD_LIMIT=1
echo "# Repros (binary: $BIN, $(date -u +%Y-%m-%dT%H:%MZ))" > repro/INDEX.md
mk() { # mk NAME "what" FILES... -- COMMANDS (each a string; DG stands for the binary, D for docs/)
  local name=$1 what=$2; shift 2
  local d=repro/$name; mkdir -p $d/docs
  while [ "$1" != "--" ]; do cp corpus/$1 $d/docs/; shift; done; shift
  { echo "# $name"; echo; echo "$what"; echo; echo "Files: $(ls $d/docs | tr '\n' ' ')"; echo; } > $d/README.md
  for c in "$@"; do
    echo '```' >> $d/README.md
    echo "\$ ${c//DG/docgraph}" >> $d/README.md
    (cd $d && eval "${c//DG/$BIN}") >> $d/README.md 2>&1
    echo '```' >> $d/README.md
  done
  echo "- [$name]($name/README.md): $what" >> repro/INDEX.md
}
mk 01-count-in-heading "MISS count-mismatch: '(06 nhiệm vụ)' at the end of a roman heading, 5 items follow" l08_laocai_ubnd_bc96_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --lang en" "DG tasks docs --lang en"
mk 02-table-group-row "MISS overdue-plan (and 'states 5 tasks but 0 are listed'): a group row 'Quý I/2026 (05 nhiệm vụ)' inside a tab table turns the rows after it into enacted citations without deadline" q06_quangtri_kh140_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --all --lang en" "DG tasks docs --lang en" "DG extract docs --lang en" "DG docs docs --lang en"
mk 03-ocr-table "MISS overdue-plan: the bordered task table of a scanned page (read with --ocr) is read as prose; the planned amendment becomes enacted with no deadline" n04_ninhthuan_stp_kh05_2026_scan.pdf r11_ninhthuan_ubnd_kh150_2025_scan.pdf -- \
  "DG --ocr check docs --as-of 2026-11-26 --all --lang en" "DG --ocr tasks docs --lang en" "DG --ocr extract docs --lang en"
mkdir -p repro/03-ocr-table/contrast && python3 scan_variant.py repro/03-ocr-table/contrast/n04_single_border_scan.pdf
{ echo; echo "Contrast: the same page drawn with single-line borders (scan_variant.py):"; echo '```'; echo "\$ docgraph --ocr tasks contrast --lang en; docgraph --ocr extract contrast --lang en"
  (cd repro/03-ocr-table && $BIN --ocr tasks contrast --lang en 2>&1; $BIN --ocr extract contrast --lang en 2>&1); echo '```'; } >> repro/03-ocr-table/README.md
mk 04-prose-deadlines "MISS overdue-plan ×2: '6 tháng đầu năm 2026' read as 31/12/2026; a deadline after a line break ('…; hoàn thành trước ngày 30/9/2026') not read; see probes/RESULTS.md for the forms" r08_quangtri_ubnd_kh12_2026.txt -- \
  "DG check docs --as-of 2026-11-26 --all --lang en" "DG tasks docs --lang en" "DG extract docs --lang en"
mk 05-vbhn-forward-chain "FALSE cycle + temporal: the consolidated text's preamble ('được sửa đổi, bổ sung bởi: … 2. Quyết định số 09/2023 … sửa đổi, bổ sung một số điều của Quyết định số 12/2019/QĐ-UBND đã được sửa đổi, bổ sung tại Quyết định số 15/2021/QĐ-UBND') and footnote [4] make 15/2021 amend 09/2023; with 09/2023's own title (amends 15/2021) a cycle" q02_quangtri_qd15_2021.txt q03_quangtri_qd09_2023.txt q04_quangtri_vbhn05_2023.txt -- \
  "DG check docs --as-of 2026-11-26 --lang en" "DG status 15/2021/QĐ-UBND --corpus docs --as-of 2026-11-26 --lang en" "DG extract docs/q04_quangtri_vbhn05_2023.txt --lang en"
mk 06-vbhn-passive-footnotes "FALSE superseded-citation (error): Word footnotes of a consolidated text ('Khoản này được thay thế theo quy định tại khoản 1 Điều 1 Quyết định số 08/2024/QĐ-UBND') are read as the consolidated text replacing/amending/repealing 08/2024 and 30/2022; a 2025 decision resting on 08/2024 is then 'superseded'" r01_laocai_qd14_2021.txt r02_laocai_qd30_2022.txt r03_laocai_qd08_2024.txt r04_laocai_vbhn02_2024.docx r05_sapa_ubnd_qd412_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --lang en" "DG extract docs/r04_laocai_vbhn02_2024.docx --lang en" "DG status 08/2024/QĐ-UBND --corpus docs --lang en"
mk 07-coordinated-issuer "FALSE dangling (identity): 'Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 và Quyết định số 08/2024/QĐ-UBND ngày 12/3/2024 của UBND tỉnh Lào Cai' from thị xã Sa Pa: the first is placed in Sa Pa, so Lào Cai's 30/2022 in the corpus is not found" r02_laocai_qd30_2022.txt r03_laocai_qd08_2024.txt r05_sapa_ubnd_qd412_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --lang en" "DG docs docs --lang en"
mk 08-historical-mention "FALSE superseded-citation (error): 'Năm 2023, theo Chỉ thị số 05/CT-UBND ngày 15/3/2023 …, các huyện đã tuyên truyền' in a 2025 report recounts 2023; read as basedOn" l04_laocai_ubnd_ct05_2023.txt l05_laocai_ubnd_ct02_2025.txt r07_laocai_btg_bc85_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --lang en"
mk 09-old-term-replacement "FALSE (debatable) superseded-citation: 31-CT/TU replaces '01-CT/TU … về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận' (the 2016 one by its subject; no date); the nearest earlier (2020) is taken, so a dated citation of the 2020 01-CT/TU is flagged" l11_laocai_tu_ct01_2016.txt l12_laocai_tu_ct01_2020.txt r06_laocai_tu_ct31_2025.txt r07_laocai_btg_bc85_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --lang en" "DG status '01-CT/TU@2016' --corpus docs --lang en" "DG status '01-CT/TU@2020' --corpus docs --lang en"
mk 10-replacement-clause-obligation "FALSE unmet-obligation note: 'thay thế Quyết định số 12/2019/QĐ-UBND … của Ủy ban nhân dân tỉnh ban hành Quy định …' read as assigning 'của Ủy ban nhân dân tỉnh' to issue a Quy định" q07_quangtri_qd18_2025.txt -- \
  "DG check docs --as-of 2026-11-26 --all --lang en"
mk 11-docs-misreadings "Identity misreadings in docs: locality 'Sở Công Thương' (q06), term 'XIII' for a ministry's consolidated text (c01), locality 'NINH THUẬN Độc' (scans), no locality for district scans and for thị xã Sa Pa, titles swallowing the first body paragraph or empty in .docx" q06_quangtri_kh140_2025.txt c01_btc_vbhn05_2024.txt n02_ninhthuan_ct04_2024_scan.pdf n03_ninhhai_kh77_2025_scan.pdf r05_sapa_ubnd_qd412_2025.txt h04_longthanh_ubnd_kh15_2024.docx p04_cocleu_ubnd_kh08_2025.docx r04_laocai_vbhn02_2024.docx -- \
  "DG --ocr docs docs --lang en" "DG --ocr docs docs --format json"
mk 12-docx-table-tail "Misreading in tasks: the paragraphs after a .docx table ('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH') are joined to the last row's task" h08_vidong_ubnd_kh09_2025.docx -- \
  "DG tasks docs --lang en"
mk 13-vbhn-amends-status "Misreading in status: the Ministry's consolidated text 'amends' the amending circular 20/2023/TT-BTC (footnote [2] 'được sửa đổi theo quy định tại … Thông tư số 20/2023/TT-BTC'), and carries Party term XIII" c01_btc_vbhn05_2024.txt -- \
  "DG status 20/2023/TT-BTC --corpus docs --as-of 2026-11-26 --lang en" "DG show 05/VBHN-BTC --corpus docs --lang en"
cat repro/INDEX.md

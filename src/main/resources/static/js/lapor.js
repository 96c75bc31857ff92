// The public complaint form's enhancements. Without JavaScript the form still posts (but cannot pass the
// anti-spam check); the map is the only part that needs JavaScript by nature.
(function () {
  'use strict';
  var form = document.getElementById('form-lapor');
  if (!form) { return; }
  var status = document.getElementById('status-tantangan');
  var tombolKirim = document.getElementById('tombol-kirim');

  // Kecamatan → village: show only that kecamatan's villages (all stay in the page, so no request is needed).
  var kec = document.getElementById('kecamatan');
  var desa = document.getElementById('desaKode');
  function saringDesa() {
    var k = kec.value;
    Array.prototype.forEach.call(desa.querySelectorAll('optgroup'), function (g) {
      var tampak = !k || g.getAttribute('data-kecamatan') === k;
      g.hidden = !tampak;
      g.disabled = !tampak;
    });
    var pilih = desa.options[desa.selectedIndex];
    if (pilih && pilih.parentNode.disabled) { desa.value = ''; }
  }
  kec.addEventListener('change', saringDesa);
  saringDesa();

  // Proof-of-work (ALTCHA v1, SHA-256): find n with hex(sha256(salt + n)) == challenge.
  var solusi = null;
  var kirimSetelahSiap = false;
  function hex(buf) {
    var b = new Uint8Array(buf), s = '';
    for (var i = 0; i < b.length; i++) { s += (b[i] < 16 ? '0' : '') + b[i].toString(16); }
    return s;
  }
  var enc = new TextEncoder();
  var subtle = window.crypto && window.crypto.subtle;
  function sha256(teks) {
    return subtle ? subtle.digest('SHA-256', enc.encode(teks)).then(hex) : Promise.resolve(sha256Js(teks));
  }
  async function pecahkan() {
    var d = form.dataset, maks = parseInt(d.maks, 10);
    for (var n = 0; n <= maks; n++) {
      if (await sha256(d.garam + n) === d.tantangan) {
        return btoa(JSON.stringify({algorithm: d.algoritma, challenge: d.tantangan, number: n, salt: d.garam,
          signature: d.tanda}));
      }
    }
    throw new Error('tidak terpecahkan');
  }
  pecahkan().then(function (p) {
    solusi = p;
    document.getElementById('altcha').value = p;
    status.textContent = status.dataset.siap;
    if (kirimSetelahSiap) { form.requestSubmit ? form.requestSubmit(tombolKirim) : form.submit(); }
  }, function () { status.textContent = status.dataset.gagal; });
  form.addEventListener('submit', function (e) {
    if (!solusi) { e.preventDefault(); kirimSetelahSiap = true; tombolKirim.disabled = true; }
  });

  // Location: the phone's GPS, or a pin on the map (Leaflet loaded only when asked for; tiles from OSM).
  var lintang = document.getElementById('lintang'), bujur = document.getElementById('bujur');
  var statusLokasi = document.getElementById('status-lokasi');
  var penanda = null, peta = null, petaDimuat = false;
  function setel(lat, lng) {
    lintang.value = lat.toFixed(6);
    bujur.value = lng.toFixed(6);
    if (peta) {
      if (penanda) { penanda.setLatLng([lat, lng]); } else { penanda = L.marker([lat, lng]).addTo(peta); }
      peta.setView([lat, lng], Math.max(peta.getZoom(), 15));
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll('.js-saja'), function (el) { el.classList.remove('js-saja'); });
  document.getElementById('tombol-gps').addEventListener('click', function () {
    if (!navigator.geolocation) { statusLokasi.textContent = status.dataset.gpsGagal; return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      setel(pos.coords.latitude, pos.coords.longitude);
      statusLokasi.textContent = '';
    }, function () { statusLokasi.textContent = status.dataset.gpsGagal; }, {enableHighAccuracy: true, timeout: 20000});
  });
  document.getElementById('tombol-peta').addEventListener('click', function () {
    var wadah = document.getElementById('peta');
    wadah.hidden = false;
    if (petaDimuat) { return; }
    petaDimuat = true;
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = form.dataset.leafletCss;
    document.head.appendChild(css);
    var js = document.createElement('script');
    js.src = form.dataset.leafletJs;
    js.onload = function () {
      var lat = parseFloat((lintang.value || '').replace(',', '.')), lng = parseFloat((bujur.value || '').replace(',', '.'));
      var ada = !isNaN(lat) && !isNaN(lng);
      peta = L.map(wadah).setView(ada ? [lat, lng] : [-2.5, 110], ada ? 15 : 5);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {maxZoom: 19,
        attribution: '&copy; OpenStreetMap'}).addTo(peta);
      if (ada) { penanda = L.marker([lat, lng]).addTo(peta); }
      peta.on('click', function (e) { setel(e.latlng.lat, e.latlng.lng); });
    };
    document.head.appendChild(js);
  });

  // SHA-256 for pages served over plain HTTP, where crypto.subtle does not exist.
  function sha256Js(teks) {
    var K = [], H = [], i, j, p = 0;
    function prima(n) { for (var f = 2; f * f <= n; f++) { if (n % f === 0) { return false; } } return true; }
    for (var c = 2; p < 64; c++) {
      if (prima(c)) {
        if (p < 8) { H[p] = (Math.pow(c, 1 / 2) * 4294967296) | 0; }
        K[p++] = (Math.pow(c, 1 / 3) * 4294967296) | 0;
      }
    }
    var b = Array.from(enc.encode(teks)), len = b.length * 8;
    b.push(0x80);
    while (b.length % 64 !== 56) { b.push(0); }
    for (i = 7; i >= 0; i--) { b.push(i > 3 ? 0 : (len >>> (i * 8)) & 255); }
    var w = new Array(64);
    for (i = 0; i < b.length; i += 64) {
      for (j = 0; j < 16; j++) { w[j] = (b[i + 4 * j] << 24) | (b[i + 4 * j + 1] << 16) | (b[i + 4 * j + 2] << 8) | b[i + 4 * j + 3]; }
      for (j = 16; j < 64; j++) {
        var a = w[j - 15], d = w[j - 2];
        var s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        var s1 = ((d >>> 17) | (d << 15)) ^ ((d >>> 19) | (d << 13)) ^ (d >>> 10);
        w[j] = (w[j - 16] + s0 + w[j - 7] + s1) | 0;
      }
      var x = H.slice();
      for (j = 0; j < 64; j++) {
        var S1 = ((x[4] >>> 6) | (x[4] << 26)) ^ ((x[4] >>> 11) | (x[4] << 21)) ^ ((x[4] >>> 25) | (x[4] << 7));
        var t1 = (x[7] + S1 + ((x[4] & x[5]) ^ (~x[4] & x[6])) + K[j] + w[j]) | 0;
        var S0 = ((x[0] >>> 2) | (x[0] << 30)) ^ ((x[0] >>> 13) | (x[0] << 19)) ^ ((x[0] >>> 22) | (x[0] << 10));
        var t2 = (S0 + ((x[0] & x[1]) ^ (x[0] & x[2]) ^ (x[1] & x[2]))) | 0;
        x = [(t1 + t2) | 0, x[0], x[1], x[2], (x[3] + t1) | 0, x[4], x[5], x[6]];
      }
      for (j = 0; j < 8; j++) { H[j] = (H[j] + x[j]) | 0; }
    }
    return H.map(function (v) { return ('00000000' + (v >>> 0).toString(16)).slice(-8); }).join('');
  }
}());

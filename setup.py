"Installs lsun_ldm from the metadata in settings.ini (written by hand: nbdev_new needs the network)."
from configparser import ConfigParser
import setuptools

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini')
cfg = cfg['DEFAULT']
licenses = dict(apache2=('Apache Software License 2.0', 'OSI Approved :: Apache Software License'))
lic = licenses[cfg['license']]

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    author=cfg['author'], author_email=cfg['author_email'], license=lic[0], url=cfg['git_url'],
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']),
    package_data={cfg['lib_path']: ['*.safetensors']}, include_package_data=True,
    install_requires=cfg['requirements'].split(), extras_require={'dev': cfg['dev_requirements'].split()},
    python_requires='>=' + cfg['min_python'], zip_safe=False,
    entry_points={'console_scripts': cfg['console_scripts'].split(), 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    long_description=open('README.md').read(), long_description_content_type='text/markdown',
    classifiers=['Programming Language :: Python :: 3', 'License :: ' + lic[1]],
)
